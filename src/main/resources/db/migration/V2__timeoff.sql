-- Time-off sync (rule R9). Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- How far HiBob's time-off change feed has been read, per integration: the next run reads
-- changes from shortly before read_to.
CREATE TABLE timeoff_watermarks (
    integration_id  VARCHAR(36)  PRIMARY KEY REFERENCES integrations (id) ON DELETE CASCADE,
    read_to         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every HiBob time-off request the sync has seen, what HiBob last said of it, and what bobsync
-- did with it in Remote. A request maps to at most one Remote time off (remote_timeoff_id).
-- status: booked, cancelled, waiting, skipped, failed. hibob_status: approved, pending,
-- declined, canceled, deleted, not_found, unknown (not read yet).
-- booking_started_at is set (and attempts counted up) just before a create is sent, and cleared
-- once its outcome is recorded: a row that still has it is looked up in Remote before any retry.
-- revisit: the outcome can change without a new HiBob change (waiting, failed, person not synced).
CREATE TABLE timeoff_requests (
    integration_id        VARCHAR(36)   NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    request_id            VARCHAR(100)  NOT NULL,
    employee_id           VARCHAR(100)  NOT NULL,
    employee_name         VARCHAR(1000),
    previous_request_id   VARCHAR(100),
    policy_type           VARCHAR(200),
    request_type          VARCHAR(50),
    start_date            DATE,
    start_portion         VARCHAR(20),
    end_date              DATE,
    end_portion           VARCHAR(20),
    hours                 DOUBLE PRECISION,
    hibob_status          VARCHAR(20)   NOT NULL,
    hibob_changed_at      TIMESTAMP WITH TIME ZONE,
    change_reason         TEXT,
    status                VARCHAR(20)   NOT NULL,
    reason_code           VARCHAR(100),
    message               TEXT,
    remote_employment_id  VARCHAR(100),
    remote_timeoff_id     VARCHAR(100),
    booked_days           TEXT,
    attempts              INTEGER       NOT NULL,
    booking_started_at    TIMESTAMP WITH TIME ZONE,
    revisit               BOOLEAN       NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (integration_id, request_id),
    CONSTRAINT timeoff_requests_remote_unique UNIQUE (integration_id, remote_timeoff_id)
);

CREATE INDEX timeoff_requests_status ON timeoff_requests (integration_id, status);
CREATE INDEX timeoff_requests_revisit ON timeoff_requests (integration_id, revisit);
