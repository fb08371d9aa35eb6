-- DealerDesk schema 20: electric and hybrid cars. A vehicle records its energy type; the intake of a car that
-- plugs in records the state of charge and the range shown instead of (a plug-in hybrid: besides) the fuel;
-- the quick check gains the high-voltage system's warning lamp and the charging port and cable.
ALTER TABLE vehicles ADD COLUMN energy_type TEXT NOT NULL DEFAULT ''
    CHECK (energy_type IN ('', 'petrol', 'diesel', 'hybrid', 'phev', 'bev', 'fcev'));
ALTER TABLE inspections ADD COLUMN soc_percent INTEGER CHECK (soc_percent BETWEEN 0 AND 100);
ALTER TABLE inspections ADD COLUMN range_km INTEGER CHECK (range_km BETWEEN 0 AND 2000);

-- @dialect sqlite
DROP TRIGGER inspection_checks_codes_insert;
DROP TRIGGER inspection_checks_codes_update;
CREATE TRIGGER inspection_checks_codes_insert BEFORE INSERT ON inspection_checks
WHEN NEW.item NOT IN ('tyres', 'glass', 'lamps', 'wipers', 'battery', 'hv_system', 'charging')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: inspection_checks code lists'); END;
CREATE TRIGGER inspection_checks_codes_update BEFORE UPDATE OF item ON inspection_checks
WHEN NEW.item NOT IN ('tyres', 'glass', 'lamps', 'wipers', 'battery', 'hv_system', 'charging')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: inspection_checks code lists'); END;

-- @dialect postgresql
ALTER TABLE inspection_checks DROP CONSTRAINT inspection_checks_item_check;
ALTER TABLE inspection_checks ADD CONSTRAINT inspection_checks_item_check
    CHECK (item IN ('tyres', 'glass', 'lamps', 'wipers', 'battery', 'hv_system', 'charging'));
