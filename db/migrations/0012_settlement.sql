-- DealerDesk schema 12: settlement at the cashier desk (结算), payments, reversals (冲红), delivery and the day
-- close (日结). A settlement is never edited or deleted: a reversal is a second row with every amount negated.

-- The discount each role may grant alone (basis points of what the customer pays), and the maintenance interval
-- printed on the release notice.
ALTER TABLE dealership ADD COLUMN discount_limit_advisor_bp INTEGER NOT NULL DEFAULT 500;
ALTER TABLE dealership ADD COLUMN discount_limit_cashier_bp INTEGER NOT NULL DEFAULT 300;
ALTER TABLE dealership ADD COLUMN maintenance_interval_km INTEGER NOT NULL DEFAULT 5000;
ALTER TABLE dealership ADD COLUMN maintenance_interval_months INTEGER NOT NULL DEFAULT 6;

-- Company accounts (挂账): what may stand open on the customer's account.
ALTER TABLE customers ADD COLUMN credit_limit_fen BIGINT NOT NULL DEFAULT 0;

CREATE TABLE settlements (
    id               {{id}},
    number           {{key}} NOT NULL UNIQUE,
    kind             TEXT NOT NULL CHECK (kind IN ('settlement', 'reversal')),
    work_order_id    BIGINT NOT NULL REFERENCES work_orders (id),
    customer_id      BIGINT NOT NULL REFERENCES customers (id),
    reverses_id      BIGINT UNIQUE REFERENCES settlements (id),
    business_date    TEXT NOT NULL,
    settled_at       TEXT NOT NULL,
    cashier_id       BIGINT REFERENCES users (id),
    cashier_name     TEXT NOT NULL,
    labor_fen        BIGINT NOT NULL,
    parts_fen        BIGINT NOT NULL,
    diagnosis_fen    BIGINT NOT NULL,
    sublet_fen       BIGINT NOT NULL,
    other_fen        BIGINT NOT NULL,
    gross_fen        BIGINT NOT NULL,
    line_discount_fen  BIGINT NOT NULL,
    order_discount_fen BIGINT NOT NULL,
    round_off_fen    BIGINT NOT NULL,
    total_fen        BIGINT NOT NULL,
    vat_fen          BIGINT NOT NULL,
    vat_rate_bp      INTEGER NOT NULL,
    customer_due_fen BIGINT NOT NULL,
    warranty_fen     BIGINT NOT NULL,
    insurance_fen    BIGINT NOT NULL,
    internal_fen     BIGINT NOT NULL,
    old_parts        TEXT NOT NULL DEFAULT 'none',
    approved_by      TEXT NOT NULL DEFAULT '',
    approved_at      TEXT,
    reason           TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    updated_station  TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX settlements_order ON settlements (work_order_id);
CREATE INDEX settlements_day ON settlements (business_date);

CREATE TABLE settlement_discounts (
    id             {{id}},
    settlement_id  BIGINT NOT NULL REFERENCES settlements (id),
    position       INTEGER NOT NULL,
    scope          TEXT NOT NULL CHECK (scope IN ('line', 'order', 'round_off')),
    line_id        BIGINT REFERENCES work_order_lines (id),
    basis_points   INTEGER NOT NULL DEFAULT 0,
    requested_fen  BIGINT NOT NULL DEFAULT 0,
    amount_fen     BIGINT NOT NULL,
    description    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX settlement_discounts_settlement ON settlement_discounts (settlement_id);

CREATE TABLE payments (
    id             {{id}},
    settlement_id  BIGINT NOT NULL REFERENCES settlements (id),
    position       INTEGER NOT NULL,
    method         TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'card', 'account', 'insurer',
                                                   'warranty_claim', 'internal')),
    amount_fen     BIGINT NOT NULL,
    tendered_fen   BIGINT NOT NULL DEFAULT 0,
    change_fen     BIGINT NOT NULL DEFAULT 0,
    reference      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_settlement ON payments (settlement_id);

-- The day close: one per business day, never twice.
CREATE TABLE day_closes (
    id               {{id}},
    business_date    TEXT NOT NULL UNIQUE,
    closed_at        TEXT NOT NULL,
    closed_by        TEXT NOT NULL,
    settlements      INTEGER NOT NULL,
    reversals        INTEGER NOT NULL,
    collected_fen    BIGINT NOT NULL,
    receivable_fen   BIGINT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    updated_station  TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);

-- Telling the customer the car is ready, or that it will be late: who, when, how and why.
CREATE TABLE delivery_notifications (
    id               {{id}},
    work_order_id    BIGINT NOT NULL REFERENCES work_orders (id),
    kind             TEXT NOT NULL CHECK (kind IN ('ready', 'delay')),
    channel          TEXT NOT NULL,
    at               TEXT NOT NULL,
    by_name          TEXT NOT NULL,
    reason           TEXT NOT NULL DEFAULT '',
    new_promised_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    updated_station  TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX delivery_notifications_order ON delivery_notifications (work_order_id, at);

-- Delivery: when the car left and what was checked with the customer.
ALTER TABLE work_orders ADD COLUMN delivered_at TEXT;
ALTER TABLE work_orders ADD COLUMN pickup_checklist TEXT NOT NULL DEFAULT '';
