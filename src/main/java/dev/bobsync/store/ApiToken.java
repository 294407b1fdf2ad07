package dev.bobsync.store;

import dev.bobsync.access.Scope;
import java.time.Instant;
import java.util.Set;

/**
 * A REST API token as listed: never the token, only its first characters. It may do what its scopes
 * allow, until {@code expiresAt} (null: no expiry), on {@code integrationId} only (null: every
 * integration of its workspace), exporting compensation in {@code exportFormat} only (null: any).
 */
public record ApiToken(
    String id,
    String workspaceId,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt,
    Set<Scope> scopes,
    Instant expiresAt,
    String integrationId,
    String exportFormat) {
  public ApiToken {
    scopes = Set.copyOf(scopes);
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean expired(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  public boolean allows(Scope needed) {
    return Scope.granted(scopes, needed);
  }

  /** Whether the token reads compensation only without names. */
  public boolean anonymousOnly() {
    return !allows(Scope.COMPENSATION_READ) && allows(Scope.COMPENSATION_READ_ANONYMOUS);
  }
}
