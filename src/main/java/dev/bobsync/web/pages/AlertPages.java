package dev.bobsync.web.pages;

import dev.bobsync.alerts.AlertSettings;
import dev.bobsync.alerts.Alerts;
import dev.bobsync.alerts.SmtpServer;
import dev.bobsync.store.AlertStore;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.status.StatusSettings;
import dev.bobsync.sync.status.StatusSettingsStore;
import dev.bobsync.web.Views;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The alerts panel of the Settings tab: e-mail and chat-webhook alerts, "Send a test", and the
 * "Remote status" field written back to HiBob. Answers htmx with the panel, a browser without
 * JavaScript with a whole page.
 */
public final class AlertPages {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");

  private final WebServices web;

  public AlertPages(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/integrations/{id}/alerts", ctx -> show(ctx, web.integration(ctx), null, null));
    routes.post("/integrations/{id}/alerts", this::save);
    routes.post("/integrations/{id}/alerts/test", this::test);
    routes.post("/integrations/{id}/remote-status", this::remoteStatus);
  }

  private void save(Context ctx) {
    Integration i = web.integration(ctx);
    Alerts alerts = web.app().alerts();
    AlertSettings before = alerts.settings(i);
    try {
      AlertSettings next =
          new AlertSettings(
              recipients(ctx.formParam("recipients")),
              "own".equals(ctx.formParam("smtp")),
              text(ctx, "smtpHost"),
              port(ctx.formParam("smtpPort"), before.smtpPort()),
              text(ctx, "smtpUser"),
              text(ctx, "smtpSecurity"),
              text(ctx, "smtpFrom"),
              "on".equals(ctx.formParam("slack")),
              "daily".equals(ctx.formParam("frequency")),
              hour(ctx.formParam("digestHour")));
      if (next.ownSmtp() && next.email() && next.smtpHost() == null) {
        throw new IllegalArgumentException("Enter the SMTP host, or use the service's server.");
      }
      String webhook = ctx.formParam("webhookUrl");
      boolean clearWebhook = "yes".equals(ctx.formParam("clearWebhook"));
      if (next.slack() && blank(webhook) && !hasWebhook(i) && !clearWebhook) {
        throw new IllegalArgumentException("Enter the webhook URL to post alerts to.");
      }
      alerts.save(
          i,
          next,
          blank(ctx.formParam("smtpPassword")) ? null : ctx.formParam("smtpPassword"),
          clearWebhook ? "" : blank(webhook) ? null : webhook);
      show(ctx, i, null, "Alert settings saved.", null);
    } catch (IllegalArgumentException e) {
      ctx.status(422);
      show(ctx, i, e.getMessage(), null);
    }
  }

  private void test(Context ctx) {
    Integration i = web.integration(ctx);
    List<Alerts.Sent> sent = web.app().alerts().sendTest(i);
    if (sent.isEmpty()) {
      show(ctx, i, "Set up e-mail recipients or a webhook first, then save.", null);
      return;
    }
    show(ctx, i, sent, null, null);
  }

  private void remoteStatus(Context ctx) {
    Integration i = web.integration(ctx);
    boolean on = "on".equals(ctx.formParam("remoteStatus"));
    new StatusSettingsStore(web.store()).switchTo(i, on);
    show(
        ctx,
        web.integration(ctx),
        null,
        on
            ? "The \"Remote status\" field is written to HiBob after each sync."
            : "bobsync no longer writes the \"Remote status\" field.",
        null);
  }

  private void show(Context ctx, Integration i, String error, String notice) {
    show(ctx, i, null, notice, error);
  }

  private void show(
      Context ctx, Integration i, List<Alerts.Sent> tested, String notice, String error) {
    Alerts alerts = web.app().alerts();
    AlertStore.Stored stored = alerts.stored(i).orElse(null);
    StatusSettings status = new StatusSettingsStore(web.store()).read(i);
    AlertsView view =
        new AlertsView(
            i.id(),
            alerts.settings(i),
            stored != null && stored.smtpPasswordSet(),
            stored != null && stored.slackUrlSet(),
            alerts.serviceSmtp().map(AlertPages::describe).orElse(null),
            status.enabled(),
            status.problem(),
            tested,
            notice,
            error);
    Map<String, Object> params = new HashMap<>();
    params.put("principal", Authenticator.of(ctx));
    params.put("view", view);
    params.put("csrf", Authenticator.of(ctx).csrfToken());
    if (Views.htmx(ctx)) {
      web.views().render(ctx, "fragments/alerts_panel.jte", params);
    } else {
      params.put("integration", i);
      web.views().render(ctx, "alerts.jte", params);
    }
  }

  private boolean hasWebhook(Integration i) {
    return web.app().alerts().stored(i).map(AlertStore.Stored::slackUrlSet).orElse(false);
  }

  private static String describe(SmtpServer s) {
    return s.host() + ":" + s.port() + " (" + s.security() + "), from " + s.from();
  }

  static List<String> recipients(String raw) {
    if (blank(raw)) {
      return List.of();
    }
    List<String> all =
        Arrays.stream(raw.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String r : all) {
      if (!EMAIL.matcher(r).matches()) {
        throw new IllegalArgumentException("Recipients: \"" + r + "\" is not an e-mail address.");
      }
    }
    return all.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
  }

  private static int port(String raw, int fallback) {
    if (blank(raw)) {
      return fallback;
    }
    try {
      int p = Integer.parseInt(raw.trim());
      if (p < 1 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("SMTP port: enter a number from 1 to 65535.");
    }
  }

  private static int hour(String raw) {
    if (blank(raw)) {
      return 8;
    }
    try {
      return Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Digest hour: enter an hour from 0 to 23 (UTC).");
    }
  }

  private static String text(Context ctx, String name) {
    String v = ctx.formParam(name);
    return blank(v) ? null : v.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
