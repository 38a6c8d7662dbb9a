-- The reporting-service's own copy of what reports need, built from the event topics and rebuildable from them.

CREATE TABLE legislature (
    legislature_id text    PRIMARY KEY,
    tenant         text    NOT NULL,
    name           text    NOT NULL,
    first_year     int     NOT NULL,
    last_year      int     NOT NULL
);
CREATE INDEX legislature_by_tenant ON legislature (tenant, first_year);

CREATE TABLE report_plan (
    plan_id             text    PRIMARY KEY,
    tenant              text    NOT NULL,
    legislature_id      text    NOT NULL,
    title               text    NOT NULL,
    template            text    NOT NULL,
    first_year          int     NOT NULL,
    last_year           int     NOT NULL,
    status              text    NOT NULL,
    edition             int     NOT NULL DEFAULT 0,
    adopted_on          date,
    revision_open       boolean NOT NULL DEFAULT false,
    mission             text,
    vision              text,
    core_values         text[]  NOT NULL DEFAULT '{}'
);
CREATE INDEX report_plan_by_tenant ON report_plan (tenant, first_year);

-- Goals, action plans and items. planned = defined as plan content (false: unplanned work, spontaneous policy);
-- first_edition = the first adopted edition that held it (null: only in a draft or an open revision so far).
CREATE TABLE report_element (
    plan_id           text    NOT NULL REFERENCES report_plan ON DELETE CASCADE,
    element_id        text    NOT NULL,
    tenant            text    NOT NULL,
    parent_id         text,
    level             text    NOT NULL,
    title             text    NOT NULL,
    intended_result   text,
    priority          boolean NOT NULL DEFAULT false,
    policy_fields     text[]  NOT NULL DEFAULT '{}',
    target_groups     text[]  NOT NULL DEFAULT '{}',
    sub_areas         text[]  NOT NULL DEFAULT '{}',
    department        text,
    political_owner   text,
    realisation_start date,
    realisation_end   date,
    planned           boolean NOT NULL,
    first_edition     int,
    retired           boolean NOT NULL DEFAULT false,
    retired_reason    text,
    unplanned_cause   text,
    cause_explanation text,
    defined_order     bigserial,
    PRIMARY KEY (plan_id, element_id)
);

-- The planned elements as the last adopted edition had them, while a revision is open: the adopted view, and
-- what a discarded revision goes back to.
CREATE TABLE revision_baseline (LIKE report_element INCLUDING DEFAULTS);
ALTER TABLE revision_baseline ADD PRIMARY KEY (plan_id, element_id);

CREATE TABLE item_progress (
    plan_id          text NOT NULL,
    element_id       text NOT NULL,
    status           text NOT NULL,
    percent_complete int  NOT NULL,
    PRIMARY KEY (plan_id, element_id)
);

-- One row per element and year; estimate and actual columns are null until recorded.
CREATE TABLE budget_line (
    plan_id                    text NOT NULL,
    element_id                 text NOT NULL,
    year                       int  NOT NULL,
    est_operating_expenditure  numeric(15, 2),
    est_operating_receipts     numeric(15, 2),
    est_investment_expenditure numeric(15, 2),
    est_investment_receipts    numeric(15, 2),
    est_staff_fte              numeric(8, 2),
    act_operating_expenditure  numeric(15, 2),
    act_operating_receipts     numeric(15, 2),
    act_investment_expenditure numeric(15, 2),
    act_investment_receipts    numeric(15, 2),
    act_staff_fte              numeric(8, 2),
    PRIMARY KEY (plan_id, element_id, year)
);

-- Which element of an earlier legislature's plan an element continues. Kept apart from report_element: it is
-- not plan content, so a discarded revision leaves it alone.
CREATE TABLE continuation (
    plan_id             text NOT NULL,
    element_id          text NOT NULL,
    tenant              text NOT NULL,
    previous_plan_id    text NOT NULL,
    previous_element_id text NOT NULL,
    PRIMARY KEY (plan_id, element_id)
);
CREATE INDEX continuation_by_previous ON continuation (previous_plan_id);

CREATE TABLE report_indicator (
    indicator_id              text    PRIMARY KEY,
    tenant                    text    NOT NULL,
    plan_id                   text    NOT NULL,
    name                      text    NOT NULL,
    unit                      text    NOT NULL,
    kind                      text    NOT NULL,
    direction                 text    NOT NULL,
    baseline_value            numeric,
    baseline_date             date,
    targets                   jsonb   NOT NULL DEFAULT '[]',
    linked_elements           text[]  NOT NULL DEFAULT '{}',
    retired                   boolean NOT NULL DEFAULT false,
    previous_indicator_id     text,
    previous_plan_id          text
);
CREATE INDEX report_indicator_by_plan ON report_indicator (plan_id);

-- The current value per period: a correction replaces it.
CREATE TABLE indicator_score (
    indicator_id text    NOT NULL,
    period       text    NOT NULL,
    period_end   date    NOT NULL,
    value        numeric NOT NULL,
    PRIMARY KEY (indicator_id, period)
);
