-- Schema of the JDBC invoice registry, version 2 (InvoiceRegistry.jdbc creates it if absent; a DBA
-- may create it by hand instead, with these statements, and grant the application SELECT, INSERT
-- and UPDATE on the tables). Written for PostgreSQL 15 and H2 2.3; written by this project.
-- Statements are separated by a semicolon at the end of a line.
--
-- da_invoice_key: one row per invoice key (SHA-256 of 票据代码+号码, or of the 校验码; the numbers are
-- never stored), with the first claim for it by the rule: earliest submission time, then claim id.
CREATE TABLE IF NOT EXISTS da_invoice_key (
    invoice_key        CHAR(64)                 NOT NULL PRIMARY KEY,
    first_claim_id     VARCHAR                  NOT NULL,
    first_submitted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- da_invoice_claim: one row per invoice key and claim that submitted it. claim_key is the SHA-256 of
-- the claim id, so the primary key stays short whatever the length of claim ids; seq records the
-- registration order (to tell a claim which later claims registered before it).
CREATE TABLE IF NOT EXISTS da_invoice_claim (
    invoice_key  CHAR(64)                 NOT NULL REFERENCES da_invoice_key (invoice_key),
    claim_key    CHAR(64)                 NOT NULL,
    claim_id     VARCHAR                  NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seq          BIGINT GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (invoice_key, claim_key)
);
-- da_invoice_schema: the schema version (one row, 2). Version 1 was a single table
-- da_invoice_registry(invoice_key CHAR(64) PRIMARY KEY, claim_id VARCHAR(200), first_seen TIMESTAMP);
-- its rows are copied into the two tables above once, and it is left in place for the DBA to drop.
CREATE TABLE IF NOT EXISTS da_invoice_schema (
    version INT NOT NULL PRIMARY KEY
);
