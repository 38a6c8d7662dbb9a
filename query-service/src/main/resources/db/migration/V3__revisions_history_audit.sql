-- Revisions, editions, the plan's history and the audit trail. As in V1 and V2 every row is derived from events,
-- belongs to a tenant and is truncated by a rebuild; every instant is an event's own timestamp, never the
-- projection's clock, so a replay writes the same rows again.

-- Secondary indexes of V1 began with (tenant, plan_id), like the primary keys. A table without statistics (never
-- analyzed: a fresh or rebuilt projection, or a server without autovacuum) makes the planner rate them as selective
-- as the primary key, and it then answered a lookup of one element by scanning the whole plan: milliseconds per
-- event at Ghent's scale. Leading with the searched value, they serve the search and never a point lookup.
DROP INDEX plan_element_by_department;
DROP INDEX plan_element_by_political_owner;
DROP INDEX element_tag_by_value;
CREATE INDEX plan_element_by_department ON plan_element (department, tenant, plan_id);
CREATE INDEX plan_element_by_political_owner ON plan_element (political_owner, tenant, plan_id);
CREATE INDEX element_tag_by_value ON element_tag (dimension, value, tenant, plan_id);

-- The plan row names the edition in force and the revision being worked on (null when none is open).
ALTER TABLE plan
    ADD COLUMN edition                  integer,
    ADD COLUMN open_revision            integer,
    ADD COLUMN open_revision_name       text,
    ADD COLUMN open_revision_opened_at  timestamptz,
    ADD COLUMN open_revision_opened_by  text;

-- While a revision is open, the plan as last adopted: a copy of the working tables taken when the revision opened.
-- Readers of the adopted view read it; a discard copies it back. LIKE keeps the columns identical to the working
-- tables (the copy is INSERT … SELECT *), and brings the primary keys and search indexes along, not the foreign keys.
CREATE TABLE adopted_plan_element (LIKE plan_element INCLUDING ALL);
CREATE TABLE adopted_element_tag (LIKE element_tag INCLUDING ALL);
CREATE TABLE adopted_plan (
    tenant       text NOT NULL,
    plan_id      text NOT NULL,
    mission      text,
    vision       text,
    core_values  text[],
    PRIMARY KEY (tenant, plan_id)
);

-- Every revision ever opened, with what became of it.
CREATE TABLE plan_revision (
    tenant            text        NOT NULL,
    plan_id           text        NOT NULL,
    revision_number   integer     NOT NULL,
    name              text        NOT NULL,
    description       text,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'ADOPTED', 'DISCARDED')),
    opened_at         timestamptz NOT NULL,
    opened_by         text,
    opened_sequence   bigint      NOT NULL,
    closed_at         timestamptz,
    closed_by         text,
    edition           integer,
    discard_reason    text,
    PRIMARY KEY (tenant, plan_id, revision_number)
);

-- The edition log (edition, date, description, added / replaced / retired) and, through sequence and adopted_at,
-- the marker of each edition in the plan's history: the edition's tree is the history cut at that sequence.
-- added / replaced / retired are [{elementId, level, title}] with the titles as adopted.
CREATE TABLE plan_edition (
    tenant              text        NOT NULL,
    plan_id             text        NOT NULL,
    edition             integer     NOT NULL,
    revision_number     integer,
    description         text        NOT NULL,
    decision_date       date        NOT NULL,
    decision_reference  text,
    adopted_at          timestamptz NOT NULL,
    adopted_by          text,
    sequence            bigint      NOT NULL,
    added               jsonb       NOT NULL,
    replaced            jsonb       NOT NULL,
    retired             jsonb       NOT NULL,
    PRIMARY KEY (tenant, plan_id, edition)
);

CREATE INDEX plan_edition_by_decision_date ON plan_edition (tenant, plan_id, decision_date);

-- One row per state an element was in: a copy of its plan_element row (and its tags, as 'DIMENSION:value' pairs)
-- after the event numbered `sequence`, valid from that event's instant until the next change's (valid_to,
-- ended_sequence; null while it is the current state). An element voided by a discarded revision has its last
-- version ended by the discard and no current one.
CREATE TABLE element_version (
    tenant            text        NOT NULL,
    plan_id           text        NOT NULL,
    element_id        text        NOT NULL,
    sequence          bigint      NOT NULL,
    valid_from        timestamptz NOT NULL,
    ended_sequence    bigint,
    valid_to          timestamptz,
    event_type        text        NOT NULL,
    parent_id         text,
    level             text        NOT NULL,
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
    tags              text[]      NOT NULL,
    PRIMARY KEY (tenant, plan_id, element_id, sequence)
);

-- the current version of an element, which each change ends: one row per element, however long its history.
-- The tree at a moment reads the plan's versions through the primary key's (tenant, plan_id) prefix and keeps those
-- valid then; an index on (tenant, plan_id, valid_from) would save little (most versions begin before a late moment)
-- and would tempt a planner without statistics away from these two for the per-element lookups (see above).
CREATE INDEX element_version_current ON element_version (tenant, plan_id, element_id) WHERE ended_sequence IS NULL;

-- The plan's statements the same way: one row per state of mission, vision and core values.
CREATE TABLE statement_version (
    tenant          text        NOT NULL,
    plan_id         text        NOT NULL,
    sequence        bigint      NOT NULL,
    valid_from      timestamptz NOT NULL,
    ended_sequence  bigint,
    valid_to        timestamptz,
    event_type      text        NOT NULL,
    mission         text,
    vision          text,
    core_values     text[],
    PRIMARY KEY (tenant, plan_id, sequence)
);

-- One line per applied event of every topic: who did what, when, why, and what changed from what to what.
-- plan_id is null only for a legislature's own events; revision_number is the plan's open revision when its
-- stream's event was applied (indicator and legislature events are outside revisions).
CREATE TABLE audit_line (
    tenant           text        NOT NULL,
    aggregate_id     text        NOT NULL,
    sequence         bigint      NOT NULL,
    aggregate_type   text        NOT NULL,
    plan_id          text,
    event_id         text        NOT NULL,
    type             text        NOT NULL,
    element_id       text,
    indicator_id     text,
    occurred_at      timestamptz NOT NULL,
    actor            text,
    reason           text,
    correlation_id   text,
    revision_number  integer,
    summary          text        NOT NULL,
    changes          jsonb       NOT NULL,
    PRIMARY KEY (tenant, aggregate_id, sequence)
);

-- a plan's lines newest first (the audit page), and one element's lines oldest first (its history)
CREATE INDEX audit_line_by_plan ON audit_line (tenant, plan_id, occurred_at DESC, aggregate_id, sequence DESC);
CREATE INDEX audit_line_by_element ON audit_line (tenant, plan_id, element_id, occurred_at, aggregate_id, sequence);
