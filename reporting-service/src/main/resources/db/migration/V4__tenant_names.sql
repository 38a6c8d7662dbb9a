-- The display names of the registered administrations, from the tenant events, for the title block of every
-- report. Rebuildable from the topics like every other table here.
CREATE TABLE report_tenant (
    tenant   text PRIMARY KEY,
    name_nl  text NOT NULL,
    name_en  text NOT NULL
);
