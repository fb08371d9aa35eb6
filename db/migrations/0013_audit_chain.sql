-- DealerDesk schema 13: an audit trail that cannot be rewritten quietly.
--
-- Every audit row carries prev_hash (the hash of the row before it in id order, '' for the first row) and hash,
-- BLAKE2b-256 over the row's content and prev_hash in a fixed, length-prefixed encoding (app/store/auditchain.h
-- defines it; the app computes it, SQL cannot). audit_chain keeps the chain's last row, so that removing rows at
-- the end is noticed too; on PostgreSQL the row is also what concurrent writers lock.
--
-- Rows written before this version are sealed by the upgrade itself (the step below), as they are at that
-- moment: from then on changing them is noticed as well. To seal them the append-only trigger is lifted inside
-- this migration's transaction and put back before it commits.

-- @dialect sqlite
DROP TRIGGER audit_log_no_update;
-- @dialect postgresql
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
-- @dialect all
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

CREATE TABLE audit_chain (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   BIGINT NOT NULL,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, last_id, last_hash) VALUES (1, 0, '');

-- Hashes every existing row in id order and records the last one in audit_chain (AuditChain::sealExisting).
-- @step seal_audit_chain

-- @dialect sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
-- REPLACE INTO / INSERT OR REPLACE deletes the row it collides with without firing the DELETE trigger
-- (recursive_triggers is off), and an upsert would rewrite it: no insert may name an id that is taken.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
-- A BEFORE INSERT trigger sees NEW.id = -1 when the id is generated, so no row may ever hold an id below 1.
CREATE TRIGGER audit_log_positive_id AFTER INSERT ON audit_log
WHEN NEW.id < 1
BEGIN
    SELECT RAISE(ABORT, 'audit row ids start at 1');
END;
CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
WHEN NEW.hash IS NULL OR NEW.prev_hash IS NULL
BEGIN
    SELECT RAISE(ABORT, 'audit rows carry their chain hash');
END;
-- @dialect postgresql
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash SET NOT NULL;
-- Only the owner (who runs the migrations) may change audit rows' table; the application's login may INSERT and
-- SELECT them. Whatever was granted so far (e.g. by ALTER DEFAULT PRIVILEGES, README "Two PCs") is narrowed.
DO $$
DECLARE
    grantee_name text;
BEGIN
    FOR grantee_name IN
        SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END
        FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
        WHERE c.oid = 'audit_log'::regclass AND a.grantee <> c.relowner
    LOOP
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM ' || grantee_name;
    END LOOP;
END
$$;
-- @dialect all
