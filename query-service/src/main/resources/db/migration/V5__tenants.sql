-- The administrations registered with Koers and their departments, from the tenant events (an operator creates an
-- administration, its tenant admin keeps its settings and departments). As in V1 to V4 every row is derived from
-- events and truncated by a rebuild. Unlike the other tables, "tenant" is asked across administrations too: by an
-- operator, who works for none.
CREATE TABLE tenant (
    tenant            text        PRIMARY KEY,
    name_nl           text        NOT NULL,
    name_en           text        NOT NULL,
    -- how the department values of a user's token name the departments: ID, NAME or GROUP (DepartmentMatch)
    department_match  text        NOT NULL,
    public_page       boolean     NOT NULL,
    registered_at     timestamptz NOT NULL
);

-- An administration's departments: its events follow its creation on the same stream, so the reference holds.
CREATE TABLE tenant_department (
    tenant         text    NOT NULL REFERENCES tenant,
    department_id  text    NOT NULL,
    -- sequence number of the defining event: departments are listed in the order they were defined
    position       bigint  NOT NULL,
    name_nl        text    NOT NULL,
    name_en        text    NOT NULL,
    -- the identity provider's group ids that mean the department (DepartmentMatch.GROUP)
    groups         text[]  NOT NULL,
    PRIMARY KEY (tenant, department_id)
);
