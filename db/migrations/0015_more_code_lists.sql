-- DealerDesk schema 15: the rest of the closed code lists the database did not check yet.
--
-- The app defines each list once (AppointmentCodes, CustomerCodes, InspectionCodes, DeliveryCodes in app/core);
-- the other columns that take a closed list got their CHECK when their table was created. The lists below must
-- equal the code tables: the store test "the database refuses a code outside its list" compares them. As in
-- schema 14, SQLite gets a pair of triggers per table, PostgreSQL real CHECK constraints.

-- @dialect sqlite
CREATE TRIGGER appointments_codes_insert BEFORE INSERT ON appointments
WHEN NEW.service_type NOT IN ('maintenance', 'repair', 'body_paint', 'warranty', 'inspection', 'other')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: appointments code lists'); END;
CREATE TRIGGER appointments_codes_update BEFORE UPDATE OF service_type ON appointments
WHEN NEW.service_type NOT IN ('maintenance', 'repair', 'body_paint', 'warranty', 'inspection', 'other')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: appointments code lists'); END;
CREATE TRIGGER customers_codes_insert BEFORE INSERT ON customers
WHEN NEW.preferred_contact NOT IN ('phone', 'sms', 'wechat', 'email')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: customers code lists'); END;
CREATE TRIGGER customers_codes_update BEFORE UPDATE OF preferred_contact ON customers
WHEN NEW.preferred_contact NOT IN ('phone', 'sms', 'wechat', 'email')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: customers code lists'); END;
CREATE TRIGGER inspection_checks_codes_insert BEFORE INSERT ON inspection_checks
WHEN NEW.item NOT IN ('tyres', 'glass', 'lamps', 'wipers', 'battery')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: inspection_checks code lists'); END;
CREATE TRIGGER inspection_checks_codes_update BEFORE UPDATE OF item ON inspection_checks
WHEN NEW.item NOT IN ('tyres', 'glass', 'lamps', 'wipers', 'battery')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: inspection_checks code lists'); END;
CREATE TRIGGER delivery_notifications_codes_insert BEFORE INSERT ON delivery_notifications
WHEN NEW.channel NOT IN ('phone', 'sms', 'wechat', 'in_person')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: delivery_notifications code lists'); END;
CREATE TRIGGER delivery_notifications_codes_update BEFORE UPDATE OF channel ON delivery_notifications
WHEN NEW.channel NOT IN ('phone', 'sms', 'wechat', 'in_person')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: delivery_notifications code lists'); END;

-- @dialect postgresql
ALTER TABLE appointments ADD CONSTRAINT appointments_service_type_check CHECK (service_type IN ('maintenance', 'repair', 'body_paint', 'warranty', 'inspection', 'other'));
ALTER TABLE customers ADD CONSTRAINT customers_preferred_contact_check CHECK (preferred_contact IN ('phone', 'sms', 'wechat', 'email'));
ALTER TABLE inspection_checks ADD CONSTRAINT inspection_checks_item_check CHECK (item IN ('tyres', 'glass', 'lamps', 'wipers', 'battery'));
ALTER TABLE delivery_notifications ADD CONSTRAINT delivery_notifications_channel_check CHECK (channel IN ('phone', 'sms', 'wechat', 'in_person'));

-- @dialect all
