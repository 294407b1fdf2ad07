package dev.bobsync.web.auth;

/**
 * Who is making a request: a logged-in user (with the session's CSRF token) or an API token, and
 * always the one workspace whose integrations they may see.
 */
public record Principal(
    String workspaceId, String userId, String email, String csrfToken, String actor) {
  /** The htmx request headers that carry the CSRF token, as JSON. */
  public String htmxHeaders() {
    return csrfToken == null ? null : "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
  }

  public boolean browser() {
    return csrfToken != null;
  }
}
