package dev.bobsync.store;

import dev.bobsync.access.Scope;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What a new API token may do; see {@link ApiToken}. The token itself is never stored. */
public record NewApiToken(
    String workspaceId,
    String name,
    String tokenHash,
    String prefix,
    String createdBy,
    Set<Scope> scopes,
    Instant expiresAt,
    String integrationId,
    String exportFormat) {
  public NewApiToken {
    Objects.requireNonNull(workspaceId, "workspaceId");
    Objects.requireNonNull(tokenHash, "tokenHash");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An API token needs a name");
    }
    if (scopes == null || scopes.isEmpty()) {
      throw new IllegalArgumentException(
          "an API token needs at least one scope: " + Scope.allCodes());
    }
    scopes = Set.copyOf(scopes);
  }
}
