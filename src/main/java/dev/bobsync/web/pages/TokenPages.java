package dev.bobsync.web.pages;

import dev.bobsync.access.Scope;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import dev.bobsync.web.auth.TokenIssuer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** REST API tokens: created here with their scopes, shown once, revocable. */
public final class TokenPages {
  /** Every API token starts with this, so a leaked one is easy to recognise. */
  public static final String PREFIX = TokenIssuer.PREFIX;

  private final WebServices web;

  public TokenPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/tokens", ctx -> list(ctx, null, null));
    routes.post("/tokens", this::create);
    routes.post("/tokens/{tokenId}/revoke", this::revoke);
  }

  private void list(Context ctx, String created, String error) {
    Principal p = Authenticator.of(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("principal", p);
    params.put("tokens", web.store().apiTokens().list(p.workspaceId()));
    params.put("integrations", web.store().integrations().list(p.workspaceId()));
    params.put("scopes", List.of(Scope.values()));
    params.put("created", created);
    params.put("error", error);
    if (error != null) {
      ctx.status(422);
    }
    web.views().render(ctx, "tokens.jte", params);
  }

  private void create(Context ctx) {
    Principal p = Authenticator.of(ctx);
    TokenIssuer.Issued issued;
    try {
      Set<Scope> scopes = EnumSet.noneOf(Scope.class);
      for (String code : ctx.formParams("scope")) {
        scopes.add(Scope.parse(code));
      }
      issued =
          new TokenIssuer(web.store(), web.clock())
              .issue(
                  p.workspaceId(),
                  new TokenIssuer.Request(
                      Objects.requireNonNullElse(ctx.formParam("name"), "").trim(),
                      scopes,
                      ctx.formParam("expires"),
                      ctx.formParam("integration"),
                      ctx.formParam("format")),
                  p.email(),
                  ctx.ip());
    } catch (IllegalArgumentException e) {
      list(ctx, null, e.getMessage());
      return;
    }
    ctx.header("Cache-Control", "no-store");
    list(ctx, issued.token(), null);
  }

  private void revoke(Context ctx) {
    Principal p = Authenticator.of(ctx);
    if (web.store().apiTokens().revoke(p.workspaceId(), ctx.pathParam("tokenId"))) {
      web.accessAudit()
          .event(
              ctx,
              p.workspaceId(),
              p.actor(),
              "API token revoked",
              "allowed",
              ctx.pathParam("tokenId"));
    }
    ctx.redirect("/tokens");
  }
}
