-- Tamper evidence: every aggregate's event stream is hash-chained. Each row's chain_hash is
-- sha256(previous row's chain_hash || the row's content), computed by the database in the same transaction as the
-- insert, so no code path can store an event without its link. The chain_hash of every adoption (an edition of a
-- plan) is copied to edition_anchor. Verification recomputes every link with the same koers_event_content().

ALTER TABLE domain_event_entry ADD COLUMN chain_hash BYTEA;

-- What a link covers: every stored field of the event, in a fixed order, separated by newlines (the JSON payload
-- and metadata never contain a raw newline: Jackson escapes them).
CREATE FUNCTION koers_event_content(e domain_event_entry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS
$$
SELECT convert_to(e.event_identifier || E'\n' || e.aggregate_identifier || E'\n' || e.sequence_number::text || E'\n'
                      || coalesce(e.type, '') || E'\n' || e.time_stamp || E'\n' || e.payload_type || E'\n'
                      || coalesce(e.payload_revision, '') || E'\n' || e.payload || E'\n' || coalesce(e.meta_data, ''),
                  'UTF8')
$$;

CREATE FUNCTION koers_chain_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    previous BYTEA;
BEGIN
    SELECT chain_hash INTO previous
    FROM domain_event_entry
    WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    NEW.chain_hash := sha256(coalesce(previous, ''::BYTEA) || koers_event_content(NEW));
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION koers_chain_event();

CREATE TABLE edition_anchor (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    chain_hash           BYTEA        NOT NULL,
    anchored_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE FUNCTION koers_anchor_edition() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO edition_anchor (aggregate_identifier, sequence_number, event_identifier, payload_type, chain_hash)
    VALUES (NEW.aggregate_identifier, NEW.sequence_number, NEW.event_identifier, NEW.payload_type, NEW.chain_hash);
    RETURN NULL;
END
$$;

CREATE TRIGGER domain_event_entry_edition_anchor
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW
    WHEN (NEW.payload_type IN ('be.koers.planning.api.plan.PlanAdopted', 'be.koers.planning.api.revision.RevisionAdopted'))
    EXECUTE FUNCTION koers_anchor_edition();

-- Events stored before this migration get their links now, in stream order.
DO
$$
DECLARE
    event RECORD;
BEGIN
    FOR event IN SELECT global_index FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
        LOOP
            UPDATE domain_event_entry d
            SET chain_hash = sha256(coalesce((SELECT p.chain_hash FROM domain_event_entry p
                                              WHERE p.aggregate_identifier = d.aggregate_identifier
                                                AND p.sequence_number = d.sequence_number - 1), ''::BYTEA)
                                        || koers_event_content(d))
            WHERE d.global_index = event.global_index;
        END LOOP;
    INSERT INTO edition_anchor (aggregate_identifier, sequence_number, event_identifier, payload_type, chain_hash)
    SELECT aggregate_identifier, sequence_number, event_identifier, payload_type, chain_hash
    FROM domain_event_entry
    WHERE payload_type IN ('be.koers.planning.api.plan.PlanAdopted', 'be.koers.planning.api.revision.RevisionAdopted');
END
$$;
