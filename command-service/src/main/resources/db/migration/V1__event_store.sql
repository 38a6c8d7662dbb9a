-- Axon's JDBC event store, token store and snapshot table, in snake_case and with TEXT payloads so that stored
-- events are readable JSON straight from SQL (the Jackson serializer writes them as strings).
-- global_index comes from its own sequence (BIGSERIAL, step 1): gaps slow every tracking processor.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              TEXT         NOT NULL,
    meta_data            TEXT,
    -- Two writers of the same aggregate version: one wins, the other gets a ConcurrencyException (HTTP 409).
    CONSTRAINT domain_event_entry_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              TEXT         NOT NULL,
    meta_data            TEXT,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);
