-- The time-off sync reads HiBob's change feed once per run, pending requests included, so there is
-- no second watermark to keep. Where the feed with pending requests was read less far than the
-- other, the one feed starts from there, so that requests filed in between are not missed.
UPDATE timeoff_watermarks SET read_to = pending_read_to
    WHERE pending_read_to IS NOT NULL AND pending_read_to < read_to;
ALTER TABLE timeoff_watermarks DROP COLUMN pending_read_to;
