-- A change reported by a time-off webhook: the targeted run that covers it syncs the person's time
-- off too.
ALTER TABLE pending_changes ADD COLUMN time_off BOOLEAN DEFAULT FALSE NOT NULL;
