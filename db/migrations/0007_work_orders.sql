-- DealerDesk schema 7: the work order as the workshop and the customer see it (委托书): its type and repair
-- category, 3C concerns, labor / parts / other lines with pay types and part sources, and every step it takes.

ALTER TABLE work_orders ADD COLUMN repair_category TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN authorized_at TEXT;
ALTER TABLE work_orders ADD COLUMN handed_over_to TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN handed_over_at TEXT;
ALTER TABLE work_orders ADD COLUMN inspector_name TEXT NOT NULL DEFAULT '';
ALTER TABLE work_orders ADD COLUMN rework_count INTEGER NOT NULL DEFAULT 0;

-- A concern may be closed as "no fault found" instead of a correction.
ALTER TABLE work_order_concerns ADD COLUMN no_fault_found INTEGER NOT NULL DEFAULT 0;

ALTER TABLE work_order_lines ADD COLUMN other_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE work_order_lines ADD COLUMN centi_hours INTEGER NOT NULL DEFAULT 0;
ALTER TABLE work_order_lines ADD COLUMN labor_category TEXT NOT NULL DEFAULT '';
ALTER TABLE work_order_lines ADD COLUMN rate_fen BIGINT NOT NULL DEFAULT 0;
ALTER TABLE work_order_lines ADD COLUMN unit TEXT NOT NULL DEFAULT '';
ALTER TABLE work_order_lines ADD COLUMN part_source TEXT NOT NULL DEFAULT '';
ALTER TABLE work_order_lines ADD COLUMN consent_recorded INTEGER NOT NULL DEFAULT 0;
ALTER TABLE work_order_lines ADD COLUMN technician_id BIGINT REFERENCES users (id);
ALTER TABLE work_order_lines ADD COLUMN technician_name TEXT NOT NULL DEFAULT '';

-- Every step a work order takes, to the minute, with who and where (the audit trail has the details).
CREATE TABLE work_order_transitions (
    id            {{id}},
    work_order_id BIGINT NOT NULL REFERENCES work_orders (id),
    transition    TEXT NOT NULL,
    from_state    TEXT NOT NULL,
    to_state      TEXT NOT NULL,
    at            TEXT NOT NULL,
    by_name       TEXT NOT NULL,
    station       TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX work_order_transitions_order ON work_order_transitions (work_order_id, at);
