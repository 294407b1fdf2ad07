package dev.bobsync.web.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import java.util.Optional;

/**
 * Runs before every route: public paths pass, the API needs a bearer token, pages need a login, and
 * every change a browser asks for must carry the session's CSRF token.
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
      List.of("/login", "/health", "/metrics", "/api/v1/openapi.json", "/favicon.ico");

  private final Authenticator auth;

  public AccessFilter(Authenticator auth) {
    this.auth = auth;
  }

  public void handle(Context ctx) {
    String path = ctx.path();
    if (PUBLIC_PATHS.contains(path) || PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)) {
      return;
    }
    if (path.startsWith("/api/")) {
      Principal principal =
          auth.fromBearer(ctx)
              .orElseThrow(
                  () ->
                      new UnauthorizedResponse(
                          "A valid API token is needed: Authorization: Bearer bob_..."));
      Authenticator.set(ctx, principal);
      return;
    }
    Optional<Principal> principal = auth.fromSession(ctx);
    if (principal.isEmpty()) {
      throw new LoginRequired();
    }
    Authenticator.set(ctx, principal.get());
    if (unsafe(ctx.method().name()) && !csrfMatches(ctx, principal.get().csrfToken())) {
      throw new ForbiddenResponse("The form has expired. Reload the page and try again.");
    }
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
