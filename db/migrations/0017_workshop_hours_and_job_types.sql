-- DealerDesk schema 17: the workshop's hours and days off, and the labor rate a new line starts with, become
-- dealership settings (they were fixed in code: 08:30-18:00 every day, the first rate by code); a canned job
-- names the work-order type it sets ('' = leaves the type as it is).
ALTER TABLE dealership ADD COLUMN workshop_opens TEXT NOT NULL DEFAULT '08:30';
ALTER TABLE dealership ADD COLUMN workshop_closes TEXT NOT NULL DEFAULT '18:00';
ALTER TABLE dealership ADD COLUMN workshop_days_off TEXT NOT NULL DEFAULT '';
ALTER TABLE dealership ADD COLUMN default_labor_rate TEXT NOT NULL DEFAULT '';
ALTER TABLE canned_jobs ADD COLUMN wo_type TEXT NOT NULL DEFAULT ''
    CHECK (wo_type IN ('', 'maintenance', 'repair', 'body_paint', 'warranty', 'insurance', 'internal', 'comeback'));
