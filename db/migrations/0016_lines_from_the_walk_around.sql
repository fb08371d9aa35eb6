-- DealerDesk schema 16: a line taken over from the walk-around inspection remembers which quick-check item it
-- answers (tyres, glass …), so authorizing can ask about every yellow or red finding not yet in the estimate,
-- recommended for later or declined by the customer. '' for every other line.
ALTER TABLE work_order_lines ADD COLUMN inspection_item TEXT NOT NULL DEFAULT '';
