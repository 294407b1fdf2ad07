-- Remote's employment.updated events ask when bobsync last wrote an employment (its own echo).
CREATE INDEX audit_log_remote_write ON audit_log (integration_id, remote_id, at);
