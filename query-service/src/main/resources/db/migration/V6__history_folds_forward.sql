-- The history folds forward from its own rows: a discard takes each element back to its version when the revision
-- opened, so the history keeps when that was. One row per plan with an open revision.
CREATE TABLE history_open_revision (
    tenant           text   NOT NULL,
    plan_id          text   NOT NULL,
    opened_sequence  bigint NOT NULL,
    PRIMARY KEY (tenant, plan_id)
);

-- revisions open when this version arrives (a rebuild writes the same rows from the events)
INSERT INTO history_open_revision (tenant, plan_id, opened_sequence)
SELECT tenant, plan_id, opened_sequence FROM plan_revision WHERE status = 'OPEN';
