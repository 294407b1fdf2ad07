package dev.bobsync.web.pages;

import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Logging in and out. */
public final class SessionPages {
  private final WebServices web;

  public SessionPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/login", ctx -> login(ctx, "", null, 200));
    routes.post("/login", this::logIn);
    routes.post("/logout", this::logOut);
  }

  private void logIn(Context ctx) {
    String email = Objects.requireNonNullElse(ctx.formParam("email"), "").trim();
    String password = Objects.requireNonNullElse(ctx.formParam("password"), "");
    if (!web.auth().passwordLogin()) {
      login(ctx, email, "Logging in with a password is switched off here.", 403);
      return;
    }
    if (!web.auth().loginFormTokenMatches(ctx)) {
      login(ctx, email, "The login form has expired. Log in again.", 403);
      return;
    }
    Authenticator.Login login = web.auth().logIn(ctx, email, password);
    if (login instanceof Authenticator.Login.Refused refused) {
      login(ctx, email, refused.message(), 401);
      return;
    }
    ctx.redirect("/");
  }

  private void logOut(Context ctx) {
    web.auth().logOut(ctx);
    ctx.redirect("/login");
  }

  /** The login page, with an error and its status. */
  void login(Context ctx, String email, String error, int status) {
    Map<String, Object> params = new HashMap<>();
    params.put("email", email);
    params.put("error", error);
    params.put("csrf", web.auth().loginFormToken(ctx));
    params.put("oidcLabel", web.oidc() == null ? null : web.oidc().settings().label());
    params.put("passwordLogin", web.auth().passwordLogin());
    ctx.status(status);
    web.views().render(ctx, "login.jte", params);
  }
}
