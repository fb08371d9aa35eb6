-- DealerDesk schema 22: what the settlement statement (JT/T 1133-2017) and the completion certificate print
-- besides what was kept before. The vehicle's type after GA 802 (K33 small sedan …) and its plate colour
-- (blue, green for new energy …; '' = read from the plate); the odometer when the car leaves; the
-- certificate's own number, from its own sequence (prefix HG), given when the quality check passes; and the
-- guarantee the dealership commits to per repair category (never below the legal minimum, checked in core).
ALTER TABLE vehicles ADD COLUMN vehicle_type TEXT NOT NULL DEFAULT ''
    CHECK (vehicle_type IN ('', 'K33', 'K31', 'K32', 'K21', 'K11', 'H31', 'H21'));
ALTER TABLE vehicles ADD COLUMN plate_color TEXT NOT NULL DEFAULT ''
    CHECK (plate_color IN ('', 'blue', 'yellow', 'green', 'yellow_green', 'white', 'black'));
ALTER TABLE work_orders ADD COLUMN odometer_out_km INTEGER CHECK (odometer_out_km >= 0);
ALTER TABLE work_orders ADD COLUMN certificate_no TEXT;
CREATE UNIQUE INDEX work_orders_certificate_no ON work_orders (certificate_no);
ALTER TABLE dealership ADD COLUMN prefix_certificate TEXT NOT NULL DEFAULT 'HG';
-- "category=km/days" joined by ';', e.g. "level2=8000/60"; a category not named commits the legal minimum.
ALTER TABLE dealership ADD COLUMN guarantee_commitments TEXT NOT NULL DEFAULT '';

-- Certificates of cars that passed before this schema keep a number made from their work order's.
UPDATE work_orders SET certificate_no = 'HG-' || number
 WHERE repair_category IN ('major', 'level2') AND state IN ('ready', 'settled', 'delivered');
