-- projection-support's own tables in every read model's database, migrated by ProjectionSupportSchema with a history
-- of their own (projection_support_schema_history), so each service's migrations keep their numbering.

-- Events the read model could not apply, parked with their error instead of skipped, and the events of the same
-- aggregate that arrived after them, waiting behind them in order (projection-support's ParkedEvents). Part of the
-- read model's content: a rebuild empties it with the projection tables and parks again what still fails.
CREATE TABLE parked_event (
    event_id        text        PRIMARY KEY,
    -- the aggregate whose events wait behind the first one parked, in the order Kafka delivered them: its order
    -- holds per aggregate only
    sequence_key    text        NOT NULL,
    sequence_number bigint,
    event_type      text,
    tenant          text,
    topic           text        NOT NULL,
    kafka_partition int         NOT NULL,
    kafka_offset    bigint      NOT NULL,
    -- the record's value as it was delivered, applied again from here on a retry
    record          text        NOT NULL,
    -- why it could not be applied; null for an event that only waits behind an earlier one
    error           text,
    attempts        int         NOT NULL,
    parked_at       timestamptz NOT NULL,
    last_attempt_at timestamptz NOT NULL
);
CREATE INDEX parked_event_sequence ON parked_event (sequence_key, kafka_partition, kafka_offset);

-- What operators did to the read model (rebuilds, retries, skips), with who and why: kept through rebuilds, and
-- read on every delivery for the events an operator skipped, so a rebuild skips them again rather than parking them.
CREATE TABLE projection_operation (
    id           bigserial   PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    operation    text        NOT NULL,
    sequence_key text,
    event_id     text,
    reason       text,
    outcome      text        NOT NULL
);
CREATE INDEX projection_operation_skipped ON projection_operation (event_id) WHERE operation = 'SKIP';

-- A rebuild's goal, kept until it is reached: a service that crashed in the middle of one resumes following it on
-- start, and is not ready until the replay is complete.
CREATE TABLE projection_rebuild (
    started_at   timestamptz PRIMARY KEY,
    records      bigint      NOT NULL,
    -- {"topic-partition": end offset, …}: the records that existed when it began
    end_offsets  jsonb       NOT NULL,
    completed_at timestamptz
);
