-- Unplanned work (spontaneous policy) and continuity across legislatures. As in V1 to V3 every row is derived from
-- events, belongs to a tenant and is truncated by a rebuild.

-- Unplanned work hangs in the tree like an item, so it is a row of plan_element, told apart by planned = false with
-- its cause. The adopted copy gets the same columns in the same order: it is copied with SELECT * (V3). The
-- default makes every element recorded before this migration what it was: plan content.
ALTER TABLE plan_element
    ADD COLUMN planned            boolean NOT NULL DEFAULT true,
    ADD COLUMN unplanned_cause    text,
    ADD COLUMN cause_explanation  text;
ALTER TABLE adopted_plan_element
    ADD COLUMN planned            boolean NOT NULL DEFAULT true,
    ADD COLUMN unplanned_cause    text,
    ADD COLUMN cause_explanation  text;

-- Which element of an earlier legislature's plan an element continues: ids only, the earlier plan is another
-- stream. Not plan content, so it lives beside plan_element rather than in it: neither the adopted copy nor a
-- discard touches it, and both views read the same row. It goes only with an element a discarded revision voids.
CREATE TABLE element_continuation (
    tenant               text NOT NULL,
    plan_id              text NOT NULL,
    element_id           text NOT NULL,
    previous_plan_id     text NOT NULL,
    previous_element_id  text NOT NULL,
    PRIMARY KEY (tenant, plan_id, element_id),
    FOREIGN KEY (tenant, plan_id, element_id) REFERENCES plan_element (tenant, plan_id, element_id)
);

-- A version carries what the tree showed of the element at the time: whether it was planned, and its continuation.
ALTER TABLE element_version
    ADD COLUMN planned               boolean NOT NULL DEFAULT true,
    ADD COLUMN unplanned_cause       text,
    ADD COLUMN cause_explanation     text,
    ADD COLUMN continues_plan_id     text,
    ADD COLUMN continues_element_id  text;

-- The indicator of an earlier legislature's plan this one continues; null when it continues none.
ALTER TABLE indicator
    ADD COLUMN continues_indicator_id  text,
    ADD COLUMN continues_plan_id       text;
