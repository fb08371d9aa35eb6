-- DealerDesk schema 14: the work order's closed code lists are checked by the database too.
--
-- The app defines each list once (app/core/workorder.h, WorkOrderCodes); the database keeps the stored texts and
-- from here on refuses any other, whoever writes. The lists below must equal those tables: the store test
-- "the database refuses a code outside its list" compares them. SQLite cannot add a CHECK to an existing
-- table, so there the same rule is a pair of triggers per table; PostgreSQL gets real CHECK constraints.
-- An empty type, repair category, part source or other kind means "not chosen yet".

-- @dialect sqlite
CREATE TRIGGER work_orders_codes_insert BEFORE INSERT ON work_orders
WHEN NEW.state NOT IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')
  OR NEW.wo_type NOT IN ('', 'maintenance', 'repair', 'body_paint', 'warranty', 'insurance', 'internal', 'comeback')
  OR NEW.repair_category NOT IN ('', 'major', 'level2', 'minor')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: work_orders code lists'); END;
CREATE TRIGGER work_orders_codes_update BEFORE UPDATE OF state, wo_type, repair_category ON work_orders
WHEN NEW.state NOT IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')
  OR NEW.wo_type NOT IN ('', 'maintenance', 'repair', 'body_paint', 'warranty', 'insurance', 'internal', 'comeback')
  OR NEW.repair_category NOT IN ('', 'major', 'level2', 'minor')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: work_orders code lists'); END;
CREATE TRIGGER work_order_lines_codes_insert BEFORE INSERT ON work_order_lines
WHEN NEW.pay_type NOT IN ('customer', 'warranty', 'insurance', 'internal', 'goodwill')
  OR NEW.part_source NOT IN ('', 'oem', 'equivalent', 'reconditioned', 'customer_supplied')
  OR NEW.other_kind NOT IN ('', 'diagnosis', 'sublet', 'materials')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: work_order_lines code lists'); END;
CREATE TRIGGER work_order_lines_codes_update BEFORE UPDATE OF pay_type, part_source, other_kind ON work_order_lines
WHEN NEW.pay_type NOT IN ('customer', 'warranty', 'insurance', 'internal', 'goodwill')
  OR NEW.part_source NOT IN ('', 'oem', 'equivalent', 'reconditioned', 'customer_supplied')
  OR NEW.other_kind NOT IN ('', 'diagnosis', 'sublet', 'materials')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: work_order_lines code lists'); END;
CREATE TRIGGER work_order_transitions_codes_insert BEFORE INSERT ON work_order_transitions
WHEN NEW.transition NOT IN ('authorize', 'dispatch', 'start', 'await_approval', 'resume', 'submit_qc', 'qc_pass', 'qc_fail', 'settle', 'deliver', 'cancel', 'reverse')
  OR NEW.from_state NOT IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')
  OR NEW.to_state NOT IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: work_order_transitions code lists'); END;

-- @dialect postgresql
ALTER TABLE work_orders
  ADD CONSTRAINT work_orders_state_check
    CHECK (state IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')),
  ADD CONSTRAINT work_orders_wo_type_check
    CHECK (wo_type IN ('', 'maintenance', 'repair', 'body_paint', 'warranty', 'insurance', 'internal', 'comeback')),
  ADD CONSTRAINT work_orders_repair_category_check CHECK (repair_category IN ('', 'major', 'level2', 'minor'));
ALTER TABLE work_order_lines
  ADD CONSTRAINT work_order_lines_pay_type_check CHECK (pay_type IN ('customer', 'warranty', 'insurance', 'internal', 'goodwill')),
  ADD CONSTRAINT work_order_lines_part_source_check
    CHECK (part_source IN ('', 'oem', 'equivalent', 'reconditioned', 'customer_supplied')),
  ADD CONSTRAINT work_order_lines_other_kind_check CHECK (other_kind IN ('', 'diagnosis', 'sublet', 'materials'));
ALTER TABLE work_order_transitions
  ADD CONSTRAINT work_order_transitions_transition_check
    CHECK (transition IN ('authorize', 'dispatch', 'start', 'await_approval', 'resume', 'submit_qc', 'qc_pass', 'qc_fail', 'settle', 'deliver', 'cancel', 'reverse')),
  ADD CONSTRAINT work_order_transitions_from_state_check
    CHECK (from_state IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled')),
  ADD CONSTRAINT work_order_transitions_to_state_check
    CHECK (to_state IN ('draft', 'open', 'dispatched', 'in_progress', 'awaiting_approval', 'quality_check', 'ready', 'settled', 'delivered', 'cancelled'));

-- @dialect all
