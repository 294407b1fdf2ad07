package dev.bobsync.web.pages;

import dev.bobsync.access.Role;
import dev.bobsync.store.User;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who can log in to this workspace, and changing their roles (admins only; in the access log). */
public final class UserPages {
  private final WebServices web;

  public UserPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/users", ctx -> list(ctx, null));
    routes.post("/users/{userId}/role", this::setRole);
  }

  private void list(Context ctx, String error) {
    Principal p = Authenticator.of(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("principal", p);
    params.put("users", web.store().users().list(p.workspaceId()));
    params.put("roles", List.of(Role.values()));
    params.put("error", error);
    params.put("notice", Notices.of(ctx.queryParam("done")));
    if (error != null) {
      ctx.status(422);
    }
    web.views().render(ctx, "users.jte", params);
  }

  private void setRole(Context ctx) {
    Principal p = Authenticator.of(ctx);
    User user =
        web.store()
            .users()
            .byId(ctx.pathParam("userId"))
            .filter(u -> u.workspaceId().equals(p.workspaceId()))
            .orElseThrow(() -> new NotFoundResponse("No such user."));
    Role role;
    try {
      role = Role.parse(ctx.formParam("role"));
    } catch (IllegalArgumentException e) {
      list(ctx, e.getMessage());
      return;
    }
    if (user.id().equals(p.userId()) && role != Role.ADMIN) {
      list(ctx, "You cannot take your own admin role away; ask another admin.");
      return;
    }
    if (user.role() != role) {
      web.store().users().setRole(user.id(), role);
      web.accessAudit()
          .event(
              ctx,
              p.workspaceId(),
              p.actor(),
              "role changed",
              "allowed",
              user.email() + ": " + user.role().code() + " -> " + role.code());
    }
    ctx.redirect("/users?done=role-changed");
  }
}
