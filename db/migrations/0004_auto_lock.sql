-- DealerDesk schema 4: counter PCs lock themselves after some idle minutes (0 = never).

ALTER TABLE dealership ADD COLUMN auto_lock_minutes INTEGER NOT NULL DEFAULT 10;
