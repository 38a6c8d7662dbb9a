-- The legislatures of each administration, against which the command-service checks a new one: its name unique
-- within the tenant (case-insensitive, trimmed) and its years overlapping none of the tenant's others. Kept by
-- LegislatureRegister in the transaction that stores each LegislatureCreated.
CREATE TABLE legislature_register (
    legislature_id VARCHAR(255) PRIMARY KEY,
    tenant         VARCHAR(255) NOT NULL,
    name           TEXT         NOT NULL,
    first_year     INTEGER      NOT NULL,
    last_year      INTEGER      NOT NULL,
    -- false for the legislatures created before names and years were checked: they stay as they are, duplicates too
    checked        BOOLEAN      NOT NULL
);

CREATE INDEX legislature_register_tenant_name ON legislature_register (tenant, lower(name));

-- The last guard for the names of the legislatures created since: two of them never share one.
CREATE UNIQUE INDEX legislature_register_checked_name ON legislature_register (tenant, lower(name)) WHERE checked;

-- The legislatures created so far, from their events. The payloads are the events' JSON as text; a NUL stored
-- before the input rules (the escape \u0000) is one the json type cannot turn into text, so it becomes U+FFFD.
INSERT INTO legislature_register (legislature_id, tenant, name, first_year, last_year, checked)
SELECT created ->> 'legislatureId', created ->> 'tenant', btrim(created ->> 'name'), (created ->> 'firstYear')::INTEGER,
       (created ->> 'lastYear')::INTEGER, FALSE
FROM (SELECT replace(payload, '\u0000', '\ufffd')::JSON AS created
      FROM domain_event_entry
      WHERE payload_type = 'be.koers.planning.api.legislature.LegislatureCreated') stored;
