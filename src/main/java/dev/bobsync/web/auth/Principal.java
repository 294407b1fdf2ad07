package dev.bobsync.web.auth;

import dev.bobsync.access.Role;
import dev.bobsync.store.ApiToken;

/**
 * Who is making a request: a logged-in user (with the session's CSRF token and their role) or an
 * API token (with its scopes), and always the one workspace whose integrations they may see.
 */
public record Principal(
    String workspaceId,
    String userId,
    String email,
    String csrfToken,
    String actor,
    Role role,
    ApiToken token) {

  /** A logged-in user. */
  public static Principal user(
      String workspaceId, String userId, String email, String csrf, Role r) {
    return new Principal(workspaceId, userId, email, csrf, email, r, null);
  }

  /** An API token. */
  public static Principal token(ApiToken token) {
    return new Principal(
        token.workspaceId(),
        null,
        null,
        null,
        "API token \"" + token.name() + "\" (" + token.prefix() + "…)",
        null,
        token);
  }

  /** The htmx request headers that carry the CSRF token, as JSON. */
  public String htmxHeaders() {
    return csrfToken == null ? null : "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
  }

  public boolean browser() {
    return csrfToken != null;
  }

  /** Whether a logged-in user's role is at least {@code role} ("viewer", "operator", "admin"). */
  public boolean can(String role) {
    return this.role != null && this.role.atLeast(Role.parse(role));
  }
}
