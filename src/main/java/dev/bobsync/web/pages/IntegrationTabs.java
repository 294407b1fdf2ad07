package dev.bobsync.web.pages;

import dev.bobsync.BobsyncException;
import dev.bobsync.scheduling.SyncInterval;
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
import dev.bobsync.words.AuditLines;
import dev.bobsync.words.Codes;
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
        "/integrations/{id}/settings",
        ctx -> settings(ctx, web.integration(ctx), null, null, null));
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
    String change = ctx.queryParam("change");
    String run = ctx.queryParam("run");
    boolean changeKnown =
        (PersonQuery.CREATED.equals(change) || PersonQuery.UPDATED.equals(change))
            && run != null
            && web.store()
                .runs()
                .byId(run)
                .filter(r -> r.integrationId().equals(i.id()))
                .isPresent();
    change = changeKnown ? change : null;
    PersonQuery query =
        PersonQuery.first(PeopleView.PAGE_SIZE)
            .withStatus(status)
            .withChange(change, run)
            .withText(q.isEmpty() ? null : q)
            .withOffset((page - 1) * PeopleView.PAGE_SIZE);
    Page<PersonRecord> found = web.store().people().search(i.id(), query);
    int pages = Math.max(1, (found.total() + PeopleView.PAGE_SIZE - 1) / PeopleView.PAGE_SIZE);
    Map<String, Object> params = params(ctx);
    params.put("removedAt", i.removedAt());
    params.put(
        "view",
        new PeopleView(
            i.id(),
            i.name(),
            status,
            q,
            found.total(),
            found.items(),
            page,
            pages,
            i.remoteUrl(),
            change,
            change == null ? null : run));
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
    params.put(
        "rows",
        AuditRow.of(
            entries,
            i.id(),
            i.remoteUrl(),
            hibobId -> web.store().people().find(i.id(), hibobId).orElse(null),
            new AuditLines(web.json())));
    params.put("page", page);
    params.put("pages", Math.max(1, (total + AUDIT_PAGE - 1) / AUDIT_PAGE));
    web.views().render(ctx, "audit.jte", params);
  }

  /**
   * The Settings tab; after a refused save, {@code typed} is what the admin typed, shown again as
   * typed so that nothing is lost.
   */
  private void settings(
      Context ctx, Integration i, String notice, String error, SettingsForm typed) {
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
    SettingsForm shown = typed != null ? typed : SettingsForm.of(i, remote);
    params.put("legalEntitiesText", shown.legalEntities());
    params.put("intervalMinutes", shown.intervalMinutes());
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
    SettingsForm typed = SettingsForm.of(ctx);
    try {
      if (typed.intervalMinutes() < 0) {
        throw new IllegalArgumentException(
            "The interval must be a number of minutes " + SyncInterval.RANGE + ".");
      }
      Duration interval = SyncInterval.ofMinutes(typed.intervalMinutes(), "The interval");
      Map<String, String> entities = parseEntities(typed.legalEntities());
      // checked against Remote before anything is saved: a refusal leaves both as they were
      new RemoteSettingsEditor(web.store(), web.app().clients()).replaceLegalEntities(i, entities);
      web.store().integrations().updateInterval(i.id(), interval);
      web.syncs().refresh(i.id());
      ctx.redirect("/integrations/" + i.id() + "/settings?done=saved");
    } catch (IllegalArgumentException | BobsyncException e) {
      settings(ctx, i, null, Codes.capitalized(e.getMessage()), typed);
    }
  }

  private void webhookSecret(Context ctx) {
    Integration i = web.integration(ctx);
    String secret =
        ctx.formParam("webhookSecret") == null ? "" : ctx.formParam("webhookSecret").trim();
    if ("yes".equals(ctx.formParam("clear"))) {
      web.store().integrations().clearWebhookSecret(i.id());
    } else if (secret.isEmpty()) {
      settings(ctx, i, null, "Enter the webhook secret HiBob shows.", null);
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
