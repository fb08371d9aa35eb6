-- DealerDesk schema 1: staff, roles, sign-in state and the append-only audit trail.
-- Times are UTC text, yyyy-MM-ddTHH:mm:ss.zzzZ. Money is integer fen. Booleans are 0/1.

CREATE TABLE dd_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id              {{id}},
    login           TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Sign-in bookkeeping is not business data: it changes on every sign-in and must not bump users.version.
CREATE TABLE sign_in_state (
    user_id         BIGINT PRIMARY KEY REFERENCES users(id),
    failed_count    INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    last_sign_in_at TEXT
);

CREATE TABLE audit_log (
    id          {{id}},
    at          TEXT NOT NULL,
    user_id     BIGINT,
    user_name   TEXT NOT NULL,
    station     TEXT NOT NULL,
    command     TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    old_values  TEXT,
    new_values  TEXT
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_at ON audit_log (at);

-- Audit rows are append-only: the database itself refuses to change or remove them.
-- @dialect sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit rows are append-only');
END;
-- @dialect postgresql
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit rows are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- @dialect all
