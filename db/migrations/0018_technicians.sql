-- DealerDesk schema 18: technicians are staff records (name, team, grade, active), chosen from a list rather
-- than typed on each labor line. Technicians do not sign in, so a line points at them with its own column:
-- work_order_lines.technician_id (schema 7) points at users and stays for lines recorded before.
CREATE TABLE technicians (
    id              {{id}},
    name            {{key}} NOT NULL UNIQUE,
    team            TEXT NOT NULL DEFAULT '',
    grade           TEXT NOT NULL DEFAULT ''
                    CHECK (grade IN ('', 'junior', 'intermediate', 'senior', 'technician', 'senior_technician')),
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_station TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
ALTER TABLE work_order_lines ADD COLUMN staff_id BIGINT REFERENCES technicians (id);
