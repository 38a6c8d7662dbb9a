-- The administrations registered with Koers and their departments, as the command-service needs them before a
-- command is sent: whether the caller's administration exists, and which departments a scorer's token names. Kept
-- by TenantRegister in the transaction that stores each tenant event.
CREATE TABLE tenant_register (
    tenant           VARCHAR(255) PRIMARY KEY,
    department_match VARCHAR(20)  NOT NULL
);

CREATE TABLE tenant_department (
    tenant        VARCHAR(255) NOT NULL REFERENCES tenant_register (tenant),
    department_id VARCHAR(255) NOT NULL,
    name_nl       TEXT         NOT NULL,
    name_en       TEXT         NOT NULL,
    groups        TEXT[]       NOT NULL,
    PRIMARY KEY (tenant, department_id)
);
