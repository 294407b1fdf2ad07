package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sign-ins with the identity provider under way, in the database so that the answer may reach any
 * instance. Each is used once and lives ten minutes at most.
 */
public final class OidcLogins {
  /** How long a sign-in may take at the identity provider. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  /** What was sent with the request: its nonce and PKCE code verifier. */
  public record Pending(String nonce, String codeVerifier) {}

  private final Db db;
  private final Clock clock;

  OidcLogins(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public void start(String stateHash, Pending pending) {
    db.useTransaction(
        "start sign-in",
        handle -> {
          handle
              .createUpdate("DELETE FROM oidc_logins WHERE created_at < :cutoff")
              .bind("cutoff", clock.instant().minus(LIFETIME))
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO oidc_logins (state_hash, nonce, code_verifier, created_at)"
                      + " VALUES (:state, :nonce, :verifier, :at)")
              .bind("state", stateHash)
              .bind("nonce", pending.nonce())
              .bind("verifier", pending.codeVerifier())
              .bind("at", clock.instant())
              .execute();
        });
  }

  /** The sign-in with this state, removed so that it cannot be used twice; empty when unknown. */
  public Optional<Pending> finish(String stateHash) {
    return db.inTransaction(
        "finish sign-in",
        handle -> {
          Optional<Pending> pending =
              handle
                  .createQuery(
                      "SELECT nonce, code_verifier FROM oidc_logins WHERE state_hash = :state"
                          + " AND created_at >= :cutoff")
                  .bind("state", stateHash)
                  .bind("cutoff", clock.instant().minus(LIFETIME))
                  .map((rs, ctx) -> new Pending(rs.getString(1), rs.getString(2)))
                  .findOne();
          handle
              .createUpdate("DELETE FROM oidc_logins WHERE state_hash = :state")
              .bind("state", stateHash)
              .execute();
          return pending;
        });
  }
}
