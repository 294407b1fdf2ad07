-- The feed with pending requests is read at most every half hour (it only gives pending requests
-- their status): how far that read has come, per integration. NULL: not read yet.
ALTER TABLE timeoff_watermarks ADD COLUMN pending_read_to TIMESTAMP WITH TIME ZONE;
