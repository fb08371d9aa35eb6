-- DealerDesk schema 10: the customer signs the printed repair authorization before work starts. The version of
-- the work order last printed on an authorization is kept, so authorizing can require that the paper shows the
-- estimate as it is now.
ALTER TABLE work_orders ADD COLUMN authorization_printed_version INTEGER;
