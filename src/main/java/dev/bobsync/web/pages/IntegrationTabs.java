package dev.bobsync.web.pages;

import dev.bobsync.BobsyncException;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Page;
import dev.bobsync.store.PersonQuery;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.LegalEntityChoice;
import dev.bobsync.sync.RemoteSettings;
import dev.bobsync.sync.RemoteSettingsEditor;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An integration's tabs: People, Sync history, Audit, Settings, and removing it (rule C5). */
public final class IntegrationTabs {
  private static final Set<String> STATUSES =
      Set.of("synced", "waiting", "skipped", "frozen", "failed");
  private static final int AUDIT_PAGE = 50;

  private final WebServices web;

  public IntegrationTabs(WebServices web) {
    this.web = web;
  }

  public void register(RoutesConfig routes) {
    routes.get("/integrations/{id}/people", this::people);
    routes.get("/integrations/{id}/runs", this::runs);
    routes.get("/integrations/{id}/timeoff", this::timeOff);
    routes.get("/integrations/{id}/audit", this::audit);
    routes.get(
        "/integrations/{id}/settings", ctx -> settings(ctx, web.integration(ctx), null, null));
    routes.post("/integrations/{id}/settings", this::saveSettings);
    routes.post("/integrations/{id}/webhook-secret", this::webhookSecret);
    routes.get("/integrations/{id}/remove", this::removeForm);
    routes.post("/integrations/{id}/remove", this::remove);
  }

  private void people(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    String status = ctx.queryParam("status");
    status = status != null && STATUSES.contains(status) ? status : null;
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
    int page = pageParam(ctx);
    PersonQuery query =
        PersonQuery.first(PeopleView.PAGE_SIZE)
            .withStatus(status)
            .withText(q.isEmpty() ? null : q)
            .withOffset((page - 1) * PeopleView.PAGE_SIZE);
    Page<PersonRecord> found = web.store().people().search(i.id(), query);
    int pages = Math.max(1, (found.total() + PeopleView.PAGE_SIZE - 1) / PeopleView.PAGE_SIZE);
    Map<String, Object> params = params(ctx);
    params.put("removedAt", i.removedAt());
    params.put(
        "view",
        new PeopleView(
            i.id(), i.name(), status, q, found.total(), found.items(), page, pages, i.remoteUrl()));
    web.views().render(ctx, "people.jte", params);
  }

  private void timeOff(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    Map<String, Integer> counts = web.store().timeOff().countByStatus(i.id());
    String status = ctx.queryParam("status");
    status = status != null && counts.containsKey(status) ? status : null;
    Map<String, Object> params = params(ctx);
    params.put("removedAt", i.removedAt());
    params.put("id", i.id());
    params.put("name", i.name());
    params.put("status", status);
    params.put("counts", counts);
    params.put("requests", web.store().timeOff().search(i.id(), status, 200, 0));
    web.views().render(ctx, "timeoff.jte", params);
  }

  private void runs(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    List<RunView> runs =
        web.store().runs().recent(i.id(), 50).stream().map(r -> RunView.of(r, web.json())).toList();
    Map<String, Object> params = params(ctx);
    params.put("removedAt", i.removedAt());
    params.put("id", i.id());
    params.put("name", i.name());
    params.put("runs", runs);
    web.views().render(ctx, "runs.jte", params);
  }

  private void audit(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    int page = pageParam(ctx);
    List<AuditEntry> entries =
        web.store().audit().list(i.id(), AUDIT_PAGE, (page - 1) * AUDIT_PAGE);
    int total = web.store().audit().count(i.id());
    Map<String, Object> params = params(ctx);
    params.put("removedAt", i.removedAt());
    params.put("id", i.id());
    params.put("name", i.name());
    params.put("entries", entries);
    params.put("page", page);
    params.put("pages", Math.max(1, (total + AUDIT_PAGE - 1) / AUDIT_PAGE));
    web.views().render(ctx, "audit.jte", params);
  }

  private void settings(Context ctx, Integration i, String notice, String error) {
    Map<String, Object> params = params(ctx);
    params.put("integration", i);
    RemoteSettingsEditor editor = new RemoteSettingsEditor(web.store(), web.app().clients());
    RemoteSettings remote = editor.read(i);
    String remoteProblem = null;
    try {
      // Listed from Remote each time the tab opens: the admin sees what Remote has now.
      remote = editor.refreshLegalEntities(i);
    } catch (BobsyncException e) {
      remoteProblem = "Remote's legal entities could not be read now: " + e.getMessage();
    }
    params.put("legalEntities", remote.legalEntities());
    params.put("remoteEntities", LegalEntityChoice.rows(remote));
    params.put("remoteProblem", remoteProblem);
    params.put("notice", notice);
    params.put("error", error);
    params.put("webhookUrl", ctx.scheme() + "://" + ctx.host() + "/webhooks/hibob/" + i.id());
    params.put("webhookSecretSet", web.store().integrations().hasWebhookSecret(i.id()));
    if (error != null) {
      ctx.status(422);
    }
    web.views().render(ctx, "settings.jte", params);
  }

  private void saveSettings(Context ctx) {
    Integration i = web.integration(ctx);
    try {
      int minutes = Integer.parseInt(String.valueOf(ctx.formParam("intervalMinutes")).trim());
      if (minutes < 5) {
        throw new IllegalArgumentException("The interval must be at least 5 minutes.");
      }
      Map<String, String> entities = parseEntities(ctx.formParam("legalEntities"));
      web.store().integrations().updateInterval(i.id(), Duration.ofMinutes(minutes));
      new RemoteSettingsEditor(web.store(), web.app().clients()).replaceLegalEntities(i, entities);
      web.syncs().refresh(i.id());
      ctx.redirect("/integrations/" + i.id() + "/settings?done=saved");
    } catch (NumberFormatException e) {
      settings(ctx, i, null, "The interval must be a number of minutes.");
    } catch (IllegalArgumentException e) {
      settings(ctx, i, null, e.getMessage());
    }
  }

  private void webhookSecret(Context ctx) {
    Integration i = web.integration(ctx);
    String secret =
        ctx.formParam("webhookSecret") == null ? "" : ctx.formParam("webhookSecret").trim();
    if ("yes".equals(ctx.formParam("clear"))) {
      web.store().integrations().clearWebhookSecret(i.id());
    } else if (secret.isEmpty()) {
      settings(ctx, i, null, "Enter the webhook secret HiBob shows.");
      return;
    } else {
      web.store().integrations().setWebhookSecret(i.id(), secret);
    }
    ctx.redirect("/integrations/" + i.id() + "/settings?done=saved");
  }

  private void removeForm(Context ctx) {
    Map<String, Object> params = params(ctx);
    params.put("integration", web.integration(ctx));
    web.views().render(ctx, "remove.jte", params);
  }

  private void remove(Context ctx) {
    Integration i = web.integration(ctx);
    if (!"yes".equals(ctx.formParam("confirm"))) {
      ctx.redirect("/integrations/" + i.id() + "/remove");
      return;
    }
    boolean callbackDeleted = web.app().remoteEvents().unregister(i).ok();
    web.store().integrations().remove(i.id(), !"delete".equals(ctx.formParam("history")));
    web.app().clients().forget(i.id());
    web.syncs().refresh(i.id());
    ctx.redirect(callbackDeleted ? "/?done=removed" : "/?done=removed-callback-left");
  }

  /** "USA=le-1" lines into a map; a malformed line is a clear error naming it. */
  static Map<String, String> parseEntities(String text) {
    Map<String, String> entities = new LinkedHashMap<>();
    if (text == null) {
      return entities;
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0 || eq == line.length() - 1) {
        throw new IllegalArgumentException(
            "\"" + line.trim() + "\" is not COUNTRY=ID (for example USA=le-1).");
      }
      entities.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
    }
    return entities;
  }

  private Map<String, Object> params(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("principal", Authenticator.of(ctx));
    return params;
  }

  private static int pageParam(Context ctx) {
    try {
      return Math.max(
          1, Integer.parseInt(ctx.queryParamAsClass("page", String.class).getOrDefault("1")));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
