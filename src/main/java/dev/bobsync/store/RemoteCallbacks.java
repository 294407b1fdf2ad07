package dev.bobsync.store;

import dev.bobsync.store.internal.CredentialCipher;
import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Remote's webhook callback of each integration, its signing key encrypted at rest like the
 * credentials (Remote shows the key once, when the callback is registered).
 */
public final class RemoteCallbacks {
  private static final String KEY = "remote signing key";
  private static final int PROBLEM_LENGTH = 1000;

  private final Db db;
  private final Clock clock;
  private final CredentialCipher cipher;

  RemoteCallbacks(Db db, Clock clock, CredentialCipher cipher) {
    this.db = db;
    this.clock = clock;
    this.cipher = cipher;
  }

  /** The callback of an active integration; one with a null id when none is registered. */
  public RemoteCallback of(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read Remote callback of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT remote_callback_id, remote_callback_url, remote_callback_at,"
                        + " remote_callback_problem FROM integrations WHERE id = :id")
                .bind("id", integrationId)
                .map(
                    (rs, ctx) ->
                        new RemoteCallback(
                            rs.getString("remote_callback_id"),
                            rs.getString("remote_callback_url"),
                            Db.instant(rs, "remote_callback_at"),
                            rs.getString("remote_callback_problem")))
                .findOne()
                .orElse(new RemoteCallback(null, null, null, null)));
  }

  /** Records a callback Remote registered, with its signing key (encrypted). */
  public void registered(String integrationId, String callbackId, String url, String signingKey) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(callbackId, "callbackId");
    Objects.requireNonNull(url, "url");
    if (signingKey == null || signingKey.isBlank()) {
      throw new IllegalArgumentException("Remote returned no signing key for the callback");
    }
    byte[] key = cipher.encryptSecret(signingKey, integrationId, KEY);
    db.useTransaction(
        "record Remote callback of integration " + integrationId,
        handle ->
            handle
                .createUpdate(
                    "UPDATE integrations SET remote_callback_id = :cid, remote_callback_url = :url,"
                        + " remote_signing_key = :key, remote_callback_at = :now,"
                        + " remote_callback_problem = NULL WHERE id = :id AND removed_at IS NULL")
                .bind("id", integrationId)
                .bind("cid", callbackId)
                .bind("url", url)
                .bind("key", key)
                .bind("now", clock.instant())
                .execute());
  }

  /** Forgets the callback and its key (deleted in Remote, or to be registered again). */
  public void forget(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    db.useTransaction(
        "forget Remote callback of integration " + integrationId,
        handle ->
            handle
                .createUpdate(
                    "UPDATE integrations SET remote_callback_id = NULL,"
                        + " remote_callback_url = NULL, remote_signing_key = NULL,"
                        + " remote_callback_at = NULL WHERE id = :id")
                .bind("id", integrationId)
                .execute());
  }

  /** Records why registering or deleting failed (null clears it), for the Settings tab. */
  public void problem(String integrationId, String problem) {
    Objects.requireNonNull(integrationId, "integrationId");
    String text =
        problem == null || problem.length() <= PROBLEM_LENGTH
            ? problem
            : problem.substring(0, PROBLEM_LENGTH - 1) + "…";
    db.useTransaction(
        "record Remote callback problem of integration " + integrationId,
        handle ->
            handle
                .createUpdate("UPDATE integrations SET remote_callback_problem = :p WHERE id = :id")
                .bind("id", integrationId)
                .bindByType("p", text, String.class)
                .execute());
  }

  /**
   * The decrypted signing key of an active integration's callback, to check an event's signature;
   * empty when none is registered, or the integration is unknown or removed.
   */
  public Optional<String> signingKey(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read " + KEY + " of integration " + integrationId,
        handle ->
            handle
                .createQuery(
                    "SELECT name, remote_signing_key FROM integrations WHERE id = :id"
                        + " AND removed_at IS NULL AND remote_signing_key IS NOT NULL")
                .bind("id", integrationId)
                .map(
                    (rs, ctx) ->
                        cipher.decryptSecret(
                            rs.getBytes("remote_signing_key"),
                            integrationId,
                            KEY,
                            rs.getString("name")))
                .findOne());
  }
}
