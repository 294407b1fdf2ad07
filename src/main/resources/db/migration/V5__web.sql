-- Admin page and REST API: people who log in, their sessions, and API tokens.
-- Secrets are never stored: passwords as bcrypt hashes, session and API tokens as SHA-256 digests.

-- A person who logs in to the admin page; belongs to exactly one workspace.
CREATE TABLE users (
    id             VARCHAR(36)  PRIMARY KEY,
    workspace_id   VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
    email          VARCHAR(320) NOT NULL,
    name           VARCHAR(200),
    password_hash  VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT users_email_unique UNIQUE (email)
);

-- A logged-in browser. Shared by every instance, so any instance can serve any request.
CREATE TABLE web_sessions (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    user_id      VARCHAR(36)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- A bearer token for the REST API, scoped to one workspace. Shown once when created.
CREATE TABLE api_tokens (
    id            VARCHAR(36)  PRIMARY KEY,
    workspace_id  VARCHAR(36)  NOT NULL REFERENCES workspaces (id),
    name          VARCHAR(200) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(36),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_tokens_hash_unique UNIQUE (token_hash)
);
