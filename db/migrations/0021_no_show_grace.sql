-- DealerDesk schema 21: a booking whose time has passed is shown late, and once this many minutes have passed
-- without the customer, as a no-show to record (it was only ever marked by hand).
ALTER TABLE dealership ADD COLUMN no_show_grace_minutes INTEGER NOT NULL DEFAULT 30;
