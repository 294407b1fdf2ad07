-- Remote's webhook callback of each integration: the id Remote gave it (to delete it), the URL
-- it posts to, its signing key (encrypted like the credentials; Remote shows it only once), when it
-- was registered, and the last problem registering or deleting it, in words for the Settings tab.
ALTER TABLE integrations ADD COLUMN remote_callback_id VARCHAR(200);
ALTER TABLE integrations ADD COLUMN remote_callback_url VARCHAR(2000);
ALTER TABLE integrations ADD COLUMN remote_signing_key BYTEA;
ALTER TABLE integrations ADD COLUMN remote_callback_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE integrations ADD COLUMN remote_callback_problem VARCHAR(1000);
