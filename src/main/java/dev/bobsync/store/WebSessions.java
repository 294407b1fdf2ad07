package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Logged-in browsers, kept in the database so that every instance knows every session. Keys are
 * SHA-256 digests of the cookie's token, never the token itself.
 */
public final class WebSessions {
  private final Db db;
  private final Clock clock;

  WebSessions(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void create(String tokenHash, WebSession session) {
    Objects.requireNonNull(tokenHash, "tokenHash");
    db.useTransaction(
        "create session",
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO web_sessions (token_hash, user_id, csrf_token, created_at,"
                        + " expires_at) VALUES (:hash, :userId, :csrfToken, :createdAt,"
                        + " :expiresAt)")
                .bind("hash", tokenHash)
                .bindMethods(session)
                .execute());
  }

  /** The session, if it exists and has not expired. */
  public Optional<WebSession> find(String tokenHash) {
    Instant now = clock.instant();
    return db.withHandle(
        "read session",
        handle ->
            handle
                .createQuery(
                    "SELECT user_id, csrf_token, created_at, expires_at FROM web_sessions"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash)
                .bind("now", now)
                .map(
                    (rs, ctx) ->
                        new WebSession(
                            rs.getString("user_id"),
                            rs.getString("csrf_token"),
                            Db.instant(rs, "created_at"),
                            Db.instant(rs, "expires_at")))
                .findOne());
  }

  public void delete(String tokenHash) {
    db.useTransaction(
        "end session",
        handle ->
            handle
                .createUpdate("DELETE FROM web_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
  }

  /** Forgets expired sessions; returns how many. */
  public int purgeExpired() {
    return db.withHandle(
        "purge sessions",
        handle ->
            handle
                .createUpdate("DELETE FROM web_sessions WHERE expires_at <= :now")
                .bind("now", clock.instant())
                .execute());
  }
}
