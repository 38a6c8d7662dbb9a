-- The reporting-service now applies events through the shared projection support, whose duplicate marks also
-- keep the tenant, the aggregate type and how many events of the aggregate were applied.
ALTER TABLE applied_event
    ADD COLUMN tenant         text   NOT NULL DEFAULT '',
    ADD COLUMN aggregate_type text   NOT NULL DEFAULT '',
    ADD COLUMN applied_count  bigint NOT NULL DEFAULT 0;
ALTER TABLE applied_event
    ALTER COLUMN tenant DROP DEFAULT,
    ALTER COLUMN aggregate_type DROP DEFAULT,
    ALTER COLUMN applied_count DROP DEFAULT;
