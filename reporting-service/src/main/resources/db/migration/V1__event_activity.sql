-- How much happened, per administration (tenant) and event type: the first report of the reporting-service.
CREATE TABLE event_activity (
    tenant        text        NOT NULL,
    event_type    text        NOT NULL,
    event_count   bigint      NOT NULL CHECK (event_count > 0),
    last_event_at timestamptz NOT NULL,
    PRIMARY KEY (tenant, event_type)
);

-- Kafka delivers at least once: the highest sequence number applied per aggregate, updated in the same
-- transaction as event_activity, so a redelivered event (sequence <= last_sequence) is recognised and skipped.
CREATE TABLE applied_event (
    aggregate_id  text   PRIMARY KEY,
    last_sequence bigint NOT NULL
);
