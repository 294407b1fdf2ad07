package dev.bobsync.web.pages;

import dev.bobsync.store.Integration;
import dev.bobsync.store.RemoteCallback;
import dev.bobsync.sync.RemoteEventsSetup;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * The "Remote events" panel of an integration's Settings tab: whether Remote's webhook callback is
 * registered, where it posts, and a button to register it again.
 */
public final class RemoteEventsPages {
  private final WebServices web;

  public RemoteEventsPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/integrations/{id}/remote-events", ctx -> panel(ctx, web.integration(ctx), null));
    routes.post("/integrations/{id}/remote-events", this::registerAgain);
  }

  /** The state Remote events are in, for the panel. */
  public record View(
      String integrationId,
      boolean enabled,
      boolean remote,
      String callbackUrl,
      RemoteCallback callback,
      String outcome,
      boolean outcomeOk) {}

  private void panel(Context ctx, Integration i, RemoteEventsSetup.Outcome outcome) {
    RemoteEventsSetup setup = web.app().remoteEvents();
    View view =
        new View(
            i.id(),
            setup.enabled(),
            i.remoteUrl() != null,
            setup.callbackUrl(i.id()).orElse(null),
            web.store().remoteCallbacks().of(i.id()),
            outcome == null ? null : outcome.message(),
            outcome != null && outcome.ok());
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    params.put("csrf", Authenticator.of(ctx).csrfToken());
    web.views().render(ctx, "fragments/remote_events_panel.jte", params);
  }

  private void registerAgain(Context ctx) {
    Integration i = web.integration(ctx);
    RemoteEventsSetup.Outcome outcome = web.app().remoteEvents().register(i);
    if ("true".equals(ctx.header("HX-Request"))) {
      panel(ctx, i, outcome);
      return;
    }
    ctx.redirect("/integrations/" + i.id() + "/settings" + (outcome.ok() ? "?done=saved" : ""));
  }
}
