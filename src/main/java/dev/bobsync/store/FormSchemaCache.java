package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Remote's country form schemas as last fetched, per integration, country and form: a schema Remote
 * answered with (and its version), or the fact that it had none (404).
 */
public final class FormSchemaCache {
  /** One cached answer; {@code schemaJson} is {@code null} when Remote had no such form. */
  public record Entry(
      String countryCode, String form, String version, String schemaJson, Instant fetchedAt) {
    public boolean found() {
      return schemaJson != null;
    }
  }

  private final Db db;
  private final Clock clock;

  FormSchemaCache(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public Optional<Entry> find(String integrationId, String countryCode, String form) {
    return db.withHandle(
        "read the " + form + " form schema of " + countryCode,
        h ->
            h.createQuery(
                    "SELECT country_code, form, found, version, schema_json, fetched_at"
                        + " FROM remote_form_schemas WHERE integration_id = :i"
                        + " AND country_code = :c AND form = :f")
                .bind("i", integrationId)
                .bind("c", countryCode)
                .bind("f", form)
                .map(
                    (rs, ctx) ->
                        new Entry(
                            rs.getString("country_code"),
                            rs.getString("form"),
                            rs.getString("version"),
                            rs.getBoolean("found") ? rs.getString("schema_json") : null,
                            Db.instant(rs, "fetched_at")))
                .findOne());
  }

  /** Keeps what Remote answered now; {@code schemaJson == null} for "no such form". */
  public Entry save(
      String integrationId, String countryCode, String form, String version, String schemaJson) {
    Objects.requireNonNull(integrationId, "integrationId");
    Instant now = clock.instant();
    db.useTransaction(
        "keep the " + form + " form schema of " + countryCode,
        h -> {
          h.createUpdate(
                  "DELETE FROM remote_form_schemas WHERE integration_id = :i"
                      + " AND country_code = :c AND form = :f")
              .bind("i", integrationId)
              .bind("c", countryCode)
              .bind("f", form)
              .execute();
          h.createUpdate(
                  "INSERT INTO remote_form_schemas (integration_id, country_code, form, found,"
                      + " version, schema_json, fetched_at) VALUES (:i, :c, :f, :found, :v, :s,"
                      + " :t)")
              .bind("i", integrationId)
              .bind("c", countryCode)
              .bind("f", form)
              .bind("found", schemaJson != null)
              .bind("v", version)
              .bind("s", schemaJson)
              .bind("t", now)
              .execute();
        });
    return new Entry(countryCode, form, version, schemaJson, now);
  }

  /** Forgets a form's schema, so the next sync fetches it again (Remote refused a checked form). */
  public void forget(String integrationId, String countryCode, String form) {
    db.useTransaction(
        "forget the " + form + " form schema of " + countryCode,
        h ->
            h.createUpdate(
                    "DELETE FROM remote_form_schemas WHERE integration_id = :i"
                        + " AND country_code = :c AND form = :f")
                .bind("i", integrationId)
                .bind("c", countryCode)
                .bind("f", form)
                .execute());
  }
}
