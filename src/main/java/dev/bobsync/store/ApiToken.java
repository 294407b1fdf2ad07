package dev.bobsync.store;

import java.time.Instant;

/** A REST API token as listed: never the token, only its first characters. */
public record ApiToken(
    String id,
    String workspaceId,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
