-- DealerDesk schema 26: the dealership's follow-up and complaint rules (issue 18) as one text of key=value pairs
-- ("first_call_day=3;independent_caller=1;reply_hours_general=24;…", FollowUpRules::settingsText), like the
-- guarantee commitments of schema 22. Empty: the seeds' defaults (FollowUpSettings). Every PC reads the same rules.
ALTER TABLE dealership ADD COLUMN followup_rules TEXT NOT NULL DEFAULT '';
