-- Monitoring read models: indicators with their scores, progress of items, budgets, and the change feed that
-- live clients follow. Like V1, every row is derived from events and belongs to a tenant; a rebuild truncates
-- these tables too. Amounts and scores are NUMERIC, never floating point. Timestamps come from the events, never
-- from the projection's clock, so a replay writes the same rows again.

-- Indicators arrive on their own topic, possibly before the plan they belong to is projected: no foreign keys to
-- plan or plan_element; reads join them.
CREATE TABLE indicator (
    tenant            text        NOT NULL,
    indicator_id      text        NOT NULL,
    plan_id           text        NOT NULL,
    name              text        NOT NULL,
    unit              text        NOT NULL,
    kind              text        NOT NULL,
    direction         text        NOT NULL,
    frequency         text        NOT NULL,
    baseline_value    numeric,
    baseline_date     date,
    data_source       text,
    owner_department  text,
    first_year        integer     NOT NULL,
    last_year         integer     NOT NULL,
    status            text        NOT NULL,
    retired_reason    text,
    defined_at        timestamptz NOT NULL,
    changed_at        timestamptz NOT NULL,
    changed_by        text,
    change_reason     text,
    PRIMARY KEY (tenant, indicator_id)
);

CREATE INDEX indicator_by_plan ON indicator (tenant, plan_id);

-- period is the period's text (2027, 2027-Q2, 2027-05); period_end and period_months order periods the way
-- MeasurementPeriod does (by last day), a month before the quarter and year that end with it
CREATE TABLE indicator_target (
    tenant         text    NOT NULL,
    indicator_id   text    NOT NULL,
    period         text    NOT NULL,
    period_end     date    NOT NULL,
    period_months  integer NOT NULL,
    value          numeric,
    lower_bound    numeric,
    upper_bound    numeric,
    PRIMARY KEY (tenant, indicator_id, period),
    FOREIGN KEY (tenant, indicator_id) REFERENCES indicator (tenant, indicator_id)
);

CREATE TABLE indicator_link (
    tenant        text NOT NULL,
    indicator_id  text NOT NULL,
    plan_id       text NOT NULL,
    element_id    text NOT NULL,
    -- the order in which the definition named them
    position      integer NOT NULL,
    PRIMARY KEY (tenant, indicator_id, element_id),
    FOREIGN KEY (tenant, indicator_id) REFERENCES indicator (tenant, indicator_id)
);

CREATE INDEX indicator_link_by_element ON indicator_link (tenant, plan_id, element_id);

-- the current score of each period: the latest revision
CREATE TABLE indicator_score (
    tenant         text        NOT NULL,
    indicator_id   text        NOT NULL,
    period         text        NOT NULL,
    period_end     date        NOT NULL,
    period_months  integer     NOT NULL,
    value          numeric     NOT NULL,
    revision       integer     NOT NULL,
    comment        text,
    evidence_link  text,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text,
    PRIMARY KEY (tenant, indicator_id, period),
    FOREIGN KEY (tenant, indicator_id) REFERENCES indicator (tenant, indicator_id)
);

-- the latest scored period of every indicator of a plan, for the status roll-up
CREATE INDEX indicator_score_latest ON indicator_score (tenant, indicator_id, period_end DESC, period_months DESC);

-- every value ever recorded: revision 1 recorded, 2, 3 … corrections that superseded the one before
CREATE TABLE indicator_score_history (
    tenant          text        NOT NULL,
    indicator_id    text        NOT NULL,
    period          text        NOT NULL,
    revision        integer     NOT NULL,
    period_end      date        NOT NULL,
    period_months   integer     NOT NULL,
    value           numeric     NOT NULL,
    previous_value  numeric,
    comment         text,
    evidence_link   text,
    reason          text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text,
    PRIMARY KEY (tenant, indicator_id, period, revision),
    FOREIGN KEY (tenant, indicator_id) REFERENCES indicator (tenant, indicator_id)
);

-- where an activity or action stands now
CREATE TABLE item_progress (
    tenant               text        NOT NULL,
    plan_id              text        NOT NULL,
    element_id           text        NOT NULL,
    status               text        NOT NULL,
    percent_complete     integer     NOT NULL,
    comment              text,
    cancellation_reason  text,
    postponed_to         date,
    reported_at          timestamptz NOT NULL,
    reported_by          text,
    PRIMARY KEY (tenant, plan_id, element_id),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

-- every report; sequence is the ProgressReported event's sequence number in the plan's stream
CREATE TABLE item_progress_history (
    tenant               text        NOT NULL,
    plan_id              text        NOT NULL,
    sequence             bigint      NOT NULL,
    element_id           text        NOT NULL,
    status               text        NOT NULL,
    previous_status      text,
    percent_complete     integer     NOT NULL,
    comment              text,
    cancellation_reason  text,
    postponed_to         date,
    reported_at          timestamptz NOT NULL,
    reported_by          text,
    PRIMARY KEY (tenant, plan_id, sequence),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

CREATE INDEX item_progress_history_by_element ON item_progress_history (tenant, plan_id, element_id, sequence);

-- the current estimate and the actuals of an element for one year; a null estimate or actual was not recorded
CREATE TABLE budget_line (
    tenant                           text          NOT NULL,
    plan_id                          text          NOT NULL,
    element_id                       text          NOT NULL,
    year                             integer       NOT NULL,
    estimate_operating_expenditure   numeric(15,2),
    estimate_operating_receipts      numeric(15,2),
    estimate_investment_expenditure  numeric(15,2),
    estimate_investment_receipts     numeric(15,2),
    estimate_staff_fte               numeric(15,2),
    estimate_recorded_at             timestamptz,
    estimate_recorded_by             text,
    actual_operating_expenditure     numeric(15,2),
    actual_operating_receipts        numeric(15,2),
    actual_investment_expenditure    numeric(15,2),
    actual_investment_receipts       numeric(15,2),
    actual_staff_fte                 numeric(15,2),
    actual_recorded_at               timestamptz,
    actual_recorded_by               text,
    PRIMARY KEY (tenant, plan_id, element_id, year),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

-- every estimate, revision (with its reason) and recording of actuals; sequence as in item_progress_history
CREATE TABLE budget_history (
    tenant                  text          NOT NULL,
    plan_id                 text          NOT NULL,
    sequence                bigint        NOT NULL,
    element_id              text          NOT NULL,
    year                    integer       NOT NULL,
    kind                    text          NOT NULL CHECK (kind IN ('ESTIMATED', 'REVISED', 'ACTUALS')),
    operating_expenditure   numeric(15,2) NOT NULL,
    operating_receipts      numeric(15,2) NOT NULL,
    investment_expenditure  numeric(15,2) NOT NULL,
    investment_receipts     numeric(15,2) NOT NULL,
    staff_fte               numeric(15,2) NOT NULL,
    reason                  text,
    recorded_at             timestamptz   NOT NULL,
    recorded_by             text,
    PRIMARY KEY (tenant, plan_id, sequence),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

CREATE INDEX budget_history_by_element ON budget_history (tenant, plan_id, element_id, sequence);

-- The last change number handed out per plan. The projection increments it in the transaction that applies the
-- event; the row stays locked until that transaction commits, so change numbers of a plan commit in their order.
CREATE TABLE feed_counter (
    tenant    text   NOT NULL,
    plan_id   text   NOT NULL,
    last_seq  bigint NOT NULL,
    PRIMARY KEY (tenant, plan_id)
);

-- Every applied event of a plan's stream and of its indicators' streams, numbered 1, 2, 3 … per plan without gaps:
-- what live clients receive, and what a client reconnecting with Last-Event-ID is sent again. created_at is the
-- event's own time. A rebuild truncates the feed and numbers again from 1.
CREATE TABLE change_feed (
    tenant        text        NOT NULL,
    plan_id       text        NOT NULL,
    seq           bigint      NOT NULL,
    indicator_id  text,
    element_id    text,
    type          text        NOT NULL,
    data          jsonb       NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant, plan_id, seq)
);
