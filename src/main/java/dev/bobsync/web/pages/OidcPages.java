package dev.bobsync.web.pages;

import dev.bobsync.store.User;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.OidcSignIn;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.util.Optional;

/**
 * Sign-in with the identity provider: {@code /login/oidc} sends the browser there, {@code
 * /login/oidc/callback} takes it back, checks everything, and starts a session. Every sign-in and
 * every refusal is in the access log.
 */
public final class OidcPages {
  static final String COOKIE = "bobsync_oidc";

  private final WebServices web;

  public OidcPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/login/oidc", this::start);
    routes.get("/login/oidc/callback", this::callback);
  }

  private OidcSignIn oidc() {
    if (web.oidc() == null) {
      throw new NotFoundResponse("Sign-in with an identity provider is not set up here.");
    }
    return web.oidc();
  }

  private void start(Context ctx) {
    OidcSignIn.Start start;
    try {
      start = oidc().start(redirectUri(ctx));
    } catch (OidcSignIn.Refused e) {
      new SessionPages(web).login(ctx, "", e.getMessage(), e.status());
      return;
    }
    ctx.header(
        "Set-Cookie",
        COOKIE
            + "="
            + start.state()
            + "; Path=/login/oidc; HttpOnly; SameSite=Lax; Max-Age=600"
            + (ctx.scheme().equals("https") ? "; Secure" : ""));
    ctx.redirect(start.authorization().toString());
  }

  private void callback(Context ctx) {
    OidcSignIn oidc = oidc();
    ctx.header("Set-Cookie", COOKIE + "=; Path=/login/oidc; HttpOnly; SameSite=Lax; Max-Age=0");
    String error = ctx.queryParam("error");
    OidcSignIn.Identity identity;
    try {
      if (error != null) {
        String description = ctx.queryParam("error_description");
        throw new OidcSignIn.Refused(
            401,
            "The identity provider did not sign you in: "
                + error
                + (description == null ? "" : " (" + description + ")")
                + ".",
            null);
      }
      identity =
          oidc.finish(
              ctx.cookie(COOKIE),
              ctx.queryParam("state"),
              ctx.queryParam("code"),
              redirectUri(ctx));
    } catch (OidcSignIn.Refused e) {
      Optional<User> known = e.email().flatMap(m -> web.store().users().byEmail(m));
      web.accessAudit()
          .event(
              ctx,
              known.map(User::workspaceId).orElse(null),
              e.email().orElse("someone at the identity provider"),
              "sign-in with the identity provider",
              "refused " + e.status(),
              e.getMessage());
      new SessionPages(web).login(ctx, "", e.getMessage(), e.status());
      return;
    }
    User user = account(ctx, identity);
    web.auth().startSession(ctx, user);
    web.accessAudit()
        .event(
            ctx,
            user.workspaceId(),
            user.email(),
            "sign-in with the identity provider",
            "allowed",
            "as " + user.role().code());
    ctx.redirect("/");
  }

  /** The user signing in: created on first sign-in, their role kept as the provider says. */
  private User account(Context ctx, OidcSignIn.Identity identity) {
    Optional<User> existing = web.store().users().byEmail(identity.email());
    if (existing.isEmpty()) {
      User created =
          web.store()
              .users()
              .create(
                  web.store().workspaces().defaultWorkspace().id(),
                  identity.email(),
                  identity.name(),
                  null,
                  identity.role());
      web.accessAudit()
          .event(
              ctx,
              created.workspaceId(),
              "identity provider",
              "user added",
              "allowed",
              created.email() + " as " + created.role().code());
      return created;
    }
    User user = existing.get();
    if (user.role() != identity.role()) {
      web.store().users().setRole(user.id(), identity.role());
      web.accessAudit()
          .event(
              ctx,
              user.workspaceId(),
              "identity provider",
              "role changed",
              "allowed",
              user.email() + ": " + user.role().code() + " -> " + identity.role().code());
      user = web.store().users().byId(user.id()).orElseThrow();
    }
    return user;
  }

  private URI redirectUri(Context ctx) {
    URI configured = oidc().settings().redirectUri();
    return configured != null
        ? configured
        : URI.create(ctx.scheme() + "://" + ctx.host() + "/login/oidc/callback");
  }
}
