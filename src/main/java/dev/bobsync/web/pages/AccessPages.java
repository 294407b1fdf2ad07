package dev.bobsync.web.pages;

import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import java.util.HashMap;
import java.util.Map;

/** The access log, for admins. */
public final class AccessPages {
  private final WebServices web;

  public AccessPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/access",
        ctx -> {
          Principal p = Authenticator.of(ctx);
          Map<String, Object> params = new HashMap<>();
          params.put("principal", p);
          params.put("events", web.store().accessLog().recent(p.workspaceId(), true, 500));
          web.views().render(ctx, "access.jte", params);
        });
  }
}
