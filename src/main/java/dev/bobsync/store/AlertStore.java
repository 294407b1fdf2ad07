package dev.bobsync.store;

import dev.bobsync.store.internal.CredentialCipher;
import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Each integration's alert settings (with the SMTP password and the webhook URL encrypted like the
 * credentials, C4), what its alerts already reported, and the alerts held for the daily digest.
 */
public final class AlertStore {
  static final String SMTP_PASSWORD = "SMTP password";
  static final String SLACK_URL = "alert webhook URL";

  /** The stored settings: JSON without secrets, and only whether each secret is set. */
  public record Stored(
      String settingsJson, boolean smtpPasswordSet, boolean slackUrlSet, Instant lastDigestAt) {}

  /** One alert held for the digest. */
  public record Held(long id, Instant at, String subject, String body) {}

  private final Db db;
  private final Clock clock;
  private final CredentialCipher cipher;

  AlertStore(Db db, Clock clock, CredentialCipher cipher) {
    this.db = db;
    this.clock = clock;
    this.cipher = cipher;
  }

  public Optional<Stored> settings(String integrationId) {
    return db.withHandle(
        "read the alert settings of integration " + integrationId,
        h ->
            h.createQuery(
                    "SELECT settings_json, smtp_password IS NOT NULL AS has_password,"
                        + " slack_url IS NOT NULL AS has_slack, last_digest_at"
                        + " FROM alert_settings WHERE integration_id = :i")
                .bind("i", integrationId)
                .map(
                    (rs, ctx) ->
                        new Stored(
                            rs.getString("settings_json"),
                            rs.getBoolean("has_password"),
                            rs.getBoolean("has_slack"),
                            Db.instant(rs, "last_digest_at")))
                .findOne());
  }

  /** Saves the settings JSON (which must hold no secret), keeping the stored secrets. */
  public void saveSettings(String integrationId, String settingsJson) {
    Objects.requireNonNull(settingsJson, "settingsJson");
    db.useTransaction(
        "save the alert settings of integration " + integrationId,
        h -> {
          ensureRow(h, integrationId);
          h.createUpdate(
                  "UPDATE alert_settings SET settings_json = :s, updated_at = :now"
                      + " WHERE integration_id = :i")
              .bind("i", integrationId)
              .bind("s", settingsJson)
              .bind("now", clock.instant())
              .execute();
        });
  }

  /** Stores (encrypted) or, with {@code null}, forgets the SMTP password. */
  public void setSmtpPassword(String integrationId, String password) {
    setSecret(integrationId, "smtp_password", SMTP_PASSWORD, password);
  }

  /** Stores (encrypted) or, with {@code null}, forgets the webhook URL. */
  public void setSlackUrl(String integrationId, String url) {
    setSecret(integrationId, "slack_url", SLACK_URL, url);
  }

  public Optional<String> smtpPassword(String integrationId) {
    return secret(integrationId, "smtp_password", SMTP_PASSWORD);
  }

  public Optional<String> slackUrl(String integrationId) {
    return secret(integrationId, "slack_url", SLACK_URL);
  }

  private void setSecret(String integrationId, String column, String purpose, String value) {
    byte[] ciphertext =
        value == null || value.isBlank()
            ? null
            : cipher.encryptSecret(value.strip(), integrationId, purpose);
    db.useTransaction(
        "save the " + purpose + " of integration " + integrationId,
        h -> {
          ensureRow(h, integrationId);
          h.createUpdate(
                  "UPDATE alert_settings SET "
                      + column
                      + " = :v, updated_at = :now WHERE integration_id = :i")
              .bind("i", integrationId)
              .bind("v", ciphertext)
              .bind("now", clock.instant())
              .execute();
        });
  }

  private Optional<String> secret(String integrationId, String column, String purpose) {
    return db.withHandle(
            "read the " + purpose + " of integration " + integrationId,
            h ->
                h.createQuery(
                        "SELECT "
                            + column
                            + " FROM alert_settings WHERE integration_id = :i AND "
                            + column
                            + " IS NOT NULL")
                    .bind("i", integrationId)
                    .mapTo(byte[].class)
                    .findOne())
        .map(c -> cipher.decryptSecret(c, integrationId, purpose, integrationId));
  }

  private void ensureRow(Handle h, String integrationId) {
    boolean exists =
        h.createQuery("SELECT COUNT(*) FROM alert_settings WHERE integration_id = :i")
                .bind("i", integrationId)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      h.createUpdate(
              "INSERT INTO alert_settings (integration_id, settings_json, updated_at)"
                  + " VALUES (:i, '{}', :now)")
          .bind("i", integrationId)
          .bind("now", clock.instant())
          .execute();
    }
  }

  /** What alerts reported and is still true: item to detail. */
  public Map<String, String> reported(String integrationId) {
    return db.withHandle(
        "read what alerts reported for integration " + integrationId,
        h -> {
          Map<String, String> items = new LinkedHashMap<>();
          h.createQuery("SELECT item, detail FROM alert_state WHERE integration_id = :i")
              .bind("i", integrationId)
              .map((rs, ctx) -> Map.entry(rs.getString("item"), rs.getString("detail")))
              .forEach(e -> items.put(e.getKey(), e.getValue()));
          return items;
        });
  }

  /** Records items now true ({@code detail} changed or new) and forgets the ones that cleared. */
  public void updateReported(
      String integrationId, Map<String, String> nowTrue, List<String> cleared) {
    Instant now = clock.instant();
    db.useTransaction(
        "record what alerts reported for integration " + integrationId,
        h -> {
          for (String item : cleared) {
            delete(h, integrationId, item);
          }
          for (Map.Entry<String, String> e : nowTrue.entrySet()) {
            delete(h, integrationId, e.getKey());
            h.createUpdate(
                    "INSERT INTO alert_state (integration_id, item, detail, since)"
                        + " VALUES (:i, :item, :detail, :since)")
                .bind("i", integrationId)
                .bind("item", StoredText.fit(e.getKey(), 600))
                .bind("detail", StoredText.fit(e.getValue(), 200))
                .bind("since", now)
                .execute();
          }
        });
  }

  private static void delete(Handle h, String integrationId, String item) {
    h.createUpdate("DELETE FROM alert_state WHERE integration_id = :i AND item = :item")
        .bind("i", integrationId)
        .bind("item", StoredText.fit(item, 600))
        .execute();
  }

  /** Holds an alert for the next digest. */
  public void hold(String integrationId, String subject, String body) {
    db.useTransaction(
        "hold an alert of integration " + integrationId + " for the digest",
        h ->
            h.createUpdate(
                    "INSERT INTO alert_digest (integration_id, at, subject, body)"
                        + " VALUES (:i, :at, :s, :b)")
                .bind("i", integrationId)
                .bind("at", clock.instant())
                .bind("s", StoredText.fit(subject, 400))
                .bind("b", body)
                .execute());
  }

  /** The alerts held for the digest, oldest first. */
  public List<Held> held(String integrationId) {
    return db.withHandle(
        "read the held alerts of integration " + integrationId,
        h ->
            h.createQuery(
                    "SELECT id, at, subject, body FROM alert_digest WHERE integration_id = :i"
                        + " ORDER BY id")
                .bind("i", integrationId)
                .map(
                    (rs, ctx) ->
                        new Held(
                            rs.getLong("id"),
                            Db.instant(rs, "at"),
                            rs.getString("subject"),
                            rs.getString("body")))
                .list());
  }

  /** Marks a digest sent at {@code at}: held alerts up to {@code lastId} are dropped. */
  public void digestSent(String integrationId, long lastId, Instant at) {
    db.useTransaction(
        "mark the digest of integration " + integrationId + " sent",
        h -> {
          ensureRow(h, integrationId);
          h.createUpdate("DELETE FROM alert_digest WHERE integration_id = :i AND id <= :last")
              .bind("i", integrationId)
              .bind("last", lastId)
              .execute();
          h.createUpdate("UPDATE alert_settings SET last_digest_at = :at WHERE integration_id = :i")
              .bind("i", integrationId)
              .bind("at", at)
              .execute();
        });
  }
}
