package dev.bobsync.web.auth;

import dev.bobsync.store.ApiToken;
import dev.bobsync.web.auth.AccessRules.Match;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Runs before every route: public paths pass, the API needs a bearer token with the scope the
 * route's rule names, pages need a login with the role the rule names, and every change a browser
 * asks for must carry the session's CSRF token. Every refusal is in the access log.
 */
public final class AccessFilter {
  /** Thrown to send a browser to the login page. */
  public static final class LoginRequired extends RuntimeException {
    public LoginRequired() {
      super("login required", null, false, false);
    }
  }

  private static final List<String> PUBLIC_PREFIXES =
      List.of("/static/", "/webjars/", "/webhooks/", "/_emulator/");
  private static final List<String> PUBLIC_PATHS =
      List.of(
          "/login",
          "/login/oidc",
          "/login/oidc/callback",
          "/health",
          "/metrics",
          "/api/v1/openapi.json",
          "/favicon.ico");

  private final Authenticator auth;
  private final AccessAudit audit;
  private final Clock clock;

  public AccessFilter(Authenticator auth, AccessAudit audit, Clock clock) {
    this.auth = auth;
    this.audit = audit;
    this.clock = clock;
  }

  public static boolean isPublic(String path) {
    return PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
  }

  public void handle(Context ctx) {
    String path = ctx.path();
    if (isPublic(path)) {
      return;
    }
    Optional<Match> match = AccessRules.find(ctx.method().name(), path);
    if (path.startsWith("/api/")) {
      api(ctx, match);
      return;
    }
    Optional<Principal> found = auth.fromSession(ctx);
    if (found.isEmpty()) {
      throw new LoginRequired();
    }
    Principal p = found.get();
    Authenticator.set(ctx, p);
    if (unsafe(ctx.method().name()) && !csrfMatches(ctx, p.csrfToken())) {
      throw refuse(ctx, p, "The form has expired. Reload the page and try again.");
    }
    if (match.isPresent() && !p.role().atLeast(match.get().rule().role())) {
      throw refuse(
          ctx,
          p,
          "Your role ("
              + p.role().code()
              + ") cannot do this; it needs the "
              + match.get().rule().role().code()
              + " role. Ask an admin.");
    }
  }

  private void api(Context ctx, Optional<Match> match) {
    String header = ctx.header("Authorization");
    Optional<ApiToken> found = auth.bearerToken(header);
    if (found.isEmpty()) {
      String why =
          header == null
              ? "A valid API token is needed: Authorization: Bearer bob_..."
              : "This API token is unknown or revoked.";
      audit.refused(ctx, null, "unknown caller", 401, why);
      throw new UnauthorizedResponse(why);
    }
    ApiToken token = found.get();
    Principal p = Principal.token(token);
    if (token.expired(clock.instant())) {
      String why = "The API token \"" + token.name() + "\" expired at " + token.expiresAt() + ".";
      audit.refused(ctx, p.workspaceId(), p.actor(), 401, why);
      throw new UnauthorizedResponse(why);
    }
    Authenticator.set(ctx, p);
    if (match.isEmpty()) {
      return; // no such route: 404
    }
    AccessRules.Rule rule = match.get().rule();
    if (!token.allows(rule.scope())) {
      throw refuse(
          ctx,
          p,
          "This token lacks the scope \"" + rule.scope().code() + "\" that " + rule + " needs.");
    }
    if (token.integrationId() != null) {
      String id = match.get().params().get("id");
      boolean other = id != null && !id.equals(token.integrationId());
      boolean global =
          id == null
              && !rule.path().equals(AccessRules.COMPENSATION_PULL)
              && !(rule.method().equals("GET") && rule.path().equals("/api/v1/integrations"));
      if (other || global) {
        throw refuse(
            ctx, p, "This token is limited to the integration " + token.integrationId() + ".");
      }
    }
  }

  private ForbiddenResponse refuse(Context ctx, Principal p, String why) {
    audit.refused(ctx, p.workspaceId(), p.actor(), 403, why);
    return new ForbiddenResponse(why);
  }

  private static boolean unsafe(String method) {
    return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
  }

  private static boolean csrfMatches(Context ctx, String expected) {
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      sent = ctx.formParam("_csrf");
    }
    return Tokens.matches(sent, expected);
  }
}
