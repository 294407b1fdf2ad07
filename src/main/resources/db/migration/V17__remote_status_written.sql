-- The "Remote status" text bobsync last wrote to each person's field in HiBob, so that it writes
-- again only when the status or its reason changes.
CREATE TABLE remote_status_written (
    integration_id  VARCHAR(36)   NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    hibob_id        VARCHAR(100)  NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (integration_id, hibob_id)
);
