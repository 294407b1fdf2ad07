package dev.bobsync.web.pages;

import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import dev.bobsync.web.auth.Tokens;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** REST API tokens: created here, shown once, revocable. */
public final class TokenPages {
  /** Every API token starts with this, so a leaked one is easy to recognise. */
  public static final String PREFIX = "bob_";

  private final WebServices web;

  public TokenPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/tokens", ctx -> list(ctx, null));
    routes.post("/tokens", this::create);
    routes.post("/tokens/{tokenId}/revoke", this::revoke);
  }

  private void list(Context ctx, String created) {
    Principal p = Authenticator.of(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("principal", p);
    params.put("tokens", web.store().apiTokens().list(p.workspaceId()));
    params.put("created", created);
    web.views().render(ctx, "tokens.jte", params);
  }

  private void create(Context ctx) {
    Principal p = Authenticator.of(ctx);
    String name = Objects.requireNonNullElse(ctx.formParam("name"), "").trim();
    if (name.isEmpty()) {
      list(ctx, null);
      return;
    }
    String token = Tokens.random(PREFIX);
    web.store()
        .apiTokens()
        .create(p.workspaceId(), name, Tokens.sha256(token), token.substring(0, 10), p.userId());
    ctx.header("Cache-Control", "no-store");
    list(ctx, token);
  }

  private void revoke(Context ctx) {
    web.store().apiTokens().revoke(Authenticator.of(ctx).workspaceId(), ctx.pathParam("tokenId"));
    ctx.redirect("/tokens");
  }
}
