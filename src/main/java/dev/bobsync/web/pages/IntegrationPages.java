package dev.bobsync.web.pages;

import dev.bobsync.hibob.AccessReport;
import dev.bobsync.probe.Probes;
import dev.bobsync.scheduling.SyncInterval;
import dev.bobsync.store.DuplicateIntegrationException;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.web.Views;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The integrations list, adding one with its connection check, and an integration's overview. */
public final class IntegrationPages {
  private final WebServices web;
  private final IntegrationViews views;

  public IntegrationPages(WebServices web) {
    this.web = web;
    this.views = new IntegrationViews(web);
  }

  public void register(RoutesConfig routes) {
    routes.get("/", this::list);
    routes.get("/integrations/new", ctx -> newForm(ctx, NewIntegrationForm.empty(), null, null));
    routes.post("/integrations/check", this::check);
    routes.post("/integrations", this::add);
    routes.get("/integrations/{id}", this::overview);
    routes.post("/integrations/{id}/sync", this::syncNow);
    routes.get("/integrations/{id}/sync-panel", this::syncPanel);
    routes.post("/integrations/{id}/check", this::checkAgain);
    routes.post("/integrations/{id}/probe", this::probe);
  }

  private void list(Context ctx) {
    Principal p = Authenticator.of(ctx);
    List<IntegrationView> all =
        web.store().integrations().list(p.workspaceId()).stream().map(views::of).toList();
    Map<String, Object> params = params(p);
    params.put("integrations", all);
    params.put("removed", web.store().integrations().listRemoved(p.workspaceId()));
    params.put("notice", Notices.of(ctx.queryParam("done")));
    web.views().render(ctx, "integrations.jte", params);
  }

  /** "Check connection": the result only, nothing stored; tokens never come back to the page. */
  private void check(Context ctx) {
    ConnectionReport report;
    try {
      report = web.setup().check(Authenticator.of(ctx).workspaceId(), request(ctx));
    } catch (IllegalArgumentException e) {
      ctx.html(
          "<div id=\"check-result\" class=\"alert\" role=\"alert\">"
              + escape(e.getMessage())
              + "</div>");
      return;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("check", CheckView.of(report, web.clock().instant()));
    params.put("saved", false);
    web.views().render(ctx, "fragments/check_result.jte", params);
  }

  /**
   * "Save integration". Sent by htmx, a failed check answers in place of the check result, so the
   * form keeps everything typed (tokens included, which never come back in the HTML).
   */
  private void add(Context ctx) {
    boolean inPlace = "true".equals(ctx.header("HX-Request"));
    boolean saveAnyway = ctx.formParam("saveAnyway") != null;
    IntegrationSetup.Added added;
    try {
      added = web.setup().add(Authenticator.of(ctx).workspaceId(), request(ctx), saveAnyway);
    } catch (IllegalArgumentException | DuplicateIntegrationException e) {
      if (inPlace) {
        ctx.html(
            "<div id=\"check-result\" class=\"alert\" role=\"alert\">"
                + escape(e.getMessage())
                + "</div>");
        return;
      }
      ctx.status(422);
      newForm(ctx, NewIntegrationForm.of(ctx), null, e.getMessage());
      return;
    }
    if (!added.saved()) {
      String error =
          "Not saved: "
              + added.report().failure()
              + " Fix it and save again, or tick \"Save even though the check fails\".";
      CheckView check = CheckView.of(added.report(), web.clock().instant());
      if (inPlace) {
        Map<String, Object> params = new HashMap<>();
        params.put("check", check);
        params.put("saved", false);
        params.put("error", error);
        web.views().render(ctx, "fragments/check_result.jte", params);
        return;
      }
      ctx.status(422);
      newForm(ctx, NewIntegrationForm.of(ctx), check, error);
      return;
    }
    web.syncs().refresh(added.integration().id());
    web.app().remoteEvents().onConnect(added.integration());
    String next =
        "/integrations/"
            + added.integration().id()
            + "?done="
            + (added.savedAnyway() ? "added-anyway" : "added");
    if (inPlace) {
      ctx.header("HX-Redirect", next);
      return;
    }
    ctx.redirect(next);
  }

  /** What the form asks for; a missing field is a clear error. */
  private IntegrationSetup.Request request(Context ctx) {
    NewIntegrationForm form = NewIntegrationForm.of(ctx);
    if (form.name().isEmpty()) {
      throw new IllegalArgumentException("Give the integration a name.");
    }
    if (form.intervalMinutes() < 0) {
      throw new IllegalArgumentException(
          "The interval must be a number of minutes " + SyncInterval.RANGE + ".");
    }
    return new IntegrationSetup.Request(
        form.name(),
        form.hibobUrl(),
        form.hibobUser(),
        secret(ctx, "hibobToken"),
        form.remoteUrl(),
        secret(ctx, "remoteToken"),
        SyncInterval.ofMinutes(form.intervalMinutes(), "The interval"),
        IntegrationTabs.parseEntities(form.legalEntities()),
        0);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private void newForm(Context ctx, NewIntegrationForm form, CheckView check, String error) {
    Map<String, Object> params = params(Authenticator.of(ctx));
    params.put("form", form);
    params.put("check", check);
    params.put("error", error);
    web.views().render(ctx, "new_integration.jte", params);
  }

  private void overview(Context ctx) {
    Integration i = web.integration(ctx);
    Map<String, Object> params = params(Authenticator.of(ctx));
    params.put("view", views.of(i));
    params.put("notice", Notices.of(ctx.queryParam("done")));
    web.views().render(ctx, "integration.jte", params);
  }

  private void syncNow(Context ctx) {
    Integration i = web.integration(ctx);
    if (i.remoteUrl() == null) {
      ctx.redirect("/integrations/" + i.id() + "/compensation");
      return;
    }
    boolean started = web.syncs().syncNow(i.id(), "manual");
    String message = started ? null : "A sync of this integration is already running.";
    if (!Views.htmx(ctx)) {
      ctx.redirect(
          "/integrations/" + i.id() + (started ? "?done=sync-started" : "?done=sync-running"));
      return;
    }
    renderPanel(ctx, i, message, started ? web.clock().instant() : null);
  }

  private void syncPanel(Context ctx) {
    Integration i = web.integration(ctx);
    String since = ctx.queryParam("since");
    renderPanel(ctx, i, null, since == null ? null : Instant.ofEpochMilli(Long.parseLong(since)));
  }

  /** The sync panel; {@code startedAt} keeps it polling until the run just asked for appears. */
  private void renderPanel(Context ctx, Integration i, String message, Instant startedAt) {
    IntegrationView view = views.of(i);
    boolean starting =
        view.running() == null
            && startedAt != null
            && (view.lastRun() == null || view.lastRun().startedAt().isBefore(startedAt))
            && Duration.between(startedAt, web.clock().instant()).toSeconds() < 30;
    if ("1".equals(ctx.queryParam("polling")) && view.running() == null && !starting) {
      // The run being watched has finished: reload the page so every count is fresh.
      ctx.header("HX-Refresh", "true");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("view", view);
    params.put("csrf", Authenticator.of(ctx).csrfToken());
    params.put("canSync", Authenticator.of(ctx).can("operator"));
    params.put("message", message);
    params.put("clock", web.clock());
    params.put("startedAt", starting ? startedAt.toEpochMilli() : 0L);
    web.views().render(ctx, "fragments/sync_panel.jte", params);
  }

  private void checkAgain(Context ctx) {
    Integration i = web.integration(ctx);
    if (i.remoteUrl() == null) {
      ctx.redirect("/integrations/" + i.id() + "/compensation");
      return;
    }
    ConnectionReport report = web.setup().check(i);
    String done = report.outcome() == AccessReport.Outcome.OK ? "check-ok" : "check-problem";
    ctx.redirect("/integrations/" + i.id() + "?done=" + done);
  }

  /** "Check against the live APIs": {@code bobsync probe} on the page, read-only. */
  private void probe(Context ctx) {
    Integration i = web.integration(ctx);
    if (i.remoteUrl() == null) {
      ctx.redirect("/integrations/" + i.id() + "/compensation");
      return;
    }
    Map<String, Object> params = new HashMap<>();
    params.put("result", Probes.run(web.app(), i));
    web.views().render(ctx, "fragments/probe_result.jte", params);
  }

  private Map<String, Object> params(Principal p) {
    Map<String, Object> params = new HashMap<>();
    params.put("principal", p);
    params.put("clock", web.clock());
    return params;
  }

  private static String secret(Context ctx, String field) {
    return Objects.requireNonNullElse(ctx.formParam(field), "").trim();
  }
}
