-- DealerDesk schema 9: an add-on finding waiting longer than this for the customer's decision is highlighted
-- on the approvals screen (a dealership setting).
ALTER TABLE dealership ADD COLUMN approval_alert_minutes INTEGER NOT NULL DEFAULT 15;
