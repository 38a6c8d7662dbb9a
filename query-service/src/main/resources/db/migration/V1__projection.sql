-- The read model of the query-service. Every row belongs to a tenant and every query filters by it. Rows are
-- derived from events only: a rebuild truncates all of these tables and replays the topics.

CREATE TABLE legislature (
    tenant          text    NOT NULL,
    legislature_id  text    NOT NULL,
    name            text    NOT NULL,
    first_year      integer NOT NULL,
    last_year       integer NOT NULL,
    plan_id         text,
    PRIMARY KEY (tenant, legislature_id)
);

CREATE TABLE plan (
    tenant              text    NOT NULL,
    plan_id             text    NOT NULL,
    legislature_id      text    NOT NULL,
    title               text    NOT NULL,
    template            text    NOT NULL,
    status              text    NOT NULL,
    first_year          integer NOT NULL,
    last_year           integer NOT NULL,
    mission             text,
    vision              text,
    core_values         text[],
    decision_date       date,
    decision_reference  text,
    closed_reason       text,
    -- sequence number of the last event of the plan's stream applied here: the plan tree's ETag
    version             bigint  NOT NULL,
    PRIMARY KEY (tenant, plan_id)
);

CREATE TABLE plan_element (
    tenant            text        NOT NULL,
    plan_id           text        NOT NULL,
    element_id        text        NOT NULL,
    parent_id         text,
    level             text        NOT NULL,
    -- sequence number of the defining event: orders siblings the way they were defined, also after a move
    position          bigint      NOT NULL,
    title             text        NOT NULL,
    description       text,
    intended_result   text,
    priority          boolean,
    department        text,
    political_owner   text,
    action_type       text,
    preconditions     text[],
    period_start      date,
    period_end        date,
    status            text        NOT NULL,
    retired_reason    text,
    changed_at        timestamptz NOT NULL,
    changed_by        text,
    PRIMARY KEY (tenant, plan_id, element_id),
    FOREIGN KEY (tenant, plan_id) REFERENCES plan (tenant, plan_id)
);

CREATE INDEX plan_element_by_department ON plan_element (tenant, plan_id, department);
CREATE INDEX plan_element_by_political_owner ON plan_element (tenant, plan_id, political_owner);

CREATE TABLE element_tag (
    tenant      text NOT NULL,
    plan_id     text NOT NULL,
    element_id  text NOT NULL,
    dimension   text NOT NULL CHECK (dimension IN ('POLICY_FIELD', 'TARGET_GROUP', 'SUB_AREA', 'SDG')),
    value       text NOT NULL,
    PRIMARY KEY (tenant, plan_id, element_id, dimension, value),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

-- search: which elements of a plan carry this tag?
CREATE INDEX element_tag_by_value ON element_tag (tenant, plan_id, dimension, value);

-- the last event applied per aggregate: a record at or below it is a redelivery and is skipped
CREATE TABLE applied_event (
    aggregate_id    text   PRIMARY KEY,
    tenant          text   NOT NULL,
    aggregate_type  text   NOT NULL,
    last_sequence   bigint NOT NULL,
    -- events of the aggregate applied so far; fewer than last_sequence + 1 when unreadable ones were skipped
    applied_count   bigint NOT NULL
);
