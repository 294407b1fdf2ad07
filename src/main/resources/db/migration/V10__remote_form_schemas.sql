-- Remote's per-country form schemas (JSON Schema), fetched once per country and form and kept with
-- their version, so that a sync checks a form before sending it without asking Remote every run.
CREATE TABLE remote_form_schemas (
    integration_id  VARCHAR(36)   NOT NULL REFERENCES integrations (id) ON DELETE CASCADE,
    country_code    VARCHAR(3)    NOT NULL,
    form            VARCHAR(80)   NOT NULL,
    found           BOOLEAN       NOT NULL,
    version         VARCHAR(40),
    schema_json     TEXT,
    fetched_at      TIMESTAMP     NOT NULL,
    PRIMARY KEY (integration_id, country_code, form)
);
