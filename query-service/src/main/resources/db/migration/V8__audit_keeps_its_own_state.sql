-- The audit trail is part of the history's fold and reads no other read model: the "from" of a change to an element
-- or a statement is the history's current version, and the "from" of every other field (a plan's status and
-- edition, an indicator's definition, an item's progress, a budget) is what the trail last said of it. The lines of
-- the plan name its open revision, which the history now keeps by number and name.
ALTER TABLE history_open_revision
    ADD COLUMN revision_number  integer,
    ADD COLUMN name             text;

UPDATE history_open_revision h SET revision_number = r.revision_number, name = r.name
FROM plan_revision r
WHERE r.tenant = h.tenant AND r.plan_id = h.plan_id AND r.status = 'OPEN';

ALTER TABLE history_open_revision
    ALTER COLUMN revision_number SET NOT NULL,
    ALTER COLUMN name SET NOT NULL;

-- One row per subject: its fields as the trail last wrote them (text, as a line's "to"), absent when none.
CREATE TABLE audit_subject (
    tenant   text  NOT NULL,
    subject  text  NOT NULL,
    plan_id  text  NOT NULL,
    said     jsonb NOT NULL,
    PRIMARY KEY (tenant, subject)
);

-- What the trail has said so far, for a database that has lines already (a rebuild writes the same rows from the
-- events): taken once from the read models the trail used to ask, in the text the lines write.
INSERT INTO audit_subject (tenant, subject, plan_id, said)
SELECT tenant, 'plan:' || plan_id, plan_id, jsonb_strip_nulls(jsonb_build_object('status', status, 'edition', edition::text))
FROM plan;

INSERT INTO audit_subject (tenant, subject, plan_id, said)
SELECT i.tenant, 'indicator:' || i.indicator_id, i.plan_id, jsonb_strip_nulls(jsonb_build_object(
           'name', nullif(i.name, ''), 'unit', nullif(i.unit, ''), 'dataSource', nullif(i.data_source, ''),
           'ownerDepartment', nullif(i.owner_department, ''),
           'baseline', i.baseline_value::text || ' on ' || i.baseline_date::text,
           'continues', 'indicator ' || i.continues_indicator_id || ' of plan ' || i.continues_plan_id)
       || coalesce((SELECT jsonb_object_agg('targets.' || t.period, coalesce(t.value::text,
                               coalesce(t.lower_bound::text, '') || ' to ' || coalesce(t.upper_bound::text, '')))
                    FROM indicator_target t WHERE t.tenant = i.tenant AND t.indicator_id = i.indicator_id), '{}'))
FROM indicator i;

INSERT INTO audit_subject (tenant, subject, plan_id, said)
SELECT tenant, 'progress:' || plan_id || ':' || element_id, plan_id, jsonb_strip_nulls(jsonb_build_object(
           'status', status, 'percentComplete', percent_complete::text, 'postponedTo', postponed_to::text,
           'cancellationReason', nullif(cancellation_reason, ''), 'comment', nullif(comment, '')))
FROM item_progress;

INSERT INTO audit_subject (tenant, subject, plan_id, said)
SELECT tenant, 'budget:' || plan_id || ':' || element_id || ':' || year || ':estimate', plan_id, jsonb_strip_nulls(jsonb_build_object(
           'operatingExpenditure', estimate_operating_expenditure::text, 'operatingReceipts', estimate_operating_receipts::text,
           'investmentExpenditure', estimate_investment_expenditure::text,
           'investmentReceipts', estimate_investment_receipts::text, 'staffFte', estimate_staff_fte::text))
FROM budget_line WHERE estimate_recorded_at IS NOT NULL;

INSERT INTO audit_subject (tenant, subject, plan_id, said)
SELECT tenant, 'budget:' || plan_id || ':' || element_id || ':' || year || ':actual', plan_id, jsonb_strip_nulls(jsonb_build_object(
           'operatingExpenditure', actual_operating_expenditure::text, 'operatingReceipts', actual_operating_receipts::text,
           'investmentExpenditure', actual_investment_expenditure::text,
           'investmentReceipts', actual_investment_receipts::text, 'staffFte', actual_staff_fte::text))
FROM budget_line WHERE actual_recorded_at IS NOT NULL;
