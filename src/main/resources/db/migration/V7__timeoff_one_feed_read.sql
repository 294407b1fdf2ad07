-- The time-off sync reads HiBob's change feed once per run, pending requests included, so there is
-- no second watermark to keep.
ALTER TABLE timeoff_watermarks DROP COLUMN pending_read_to;
