package dev.bobsync.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.scheduling.SyncInterval;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Page;
import dev.bobsync.store.PersonQuery;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.LastSync;
import dev.bobsync.web.WebServices;
import dev.bobsync.web.auth.AccessRules;
import dev.bobsync.web.auth.Authenticator;
import dev.bobsync.web.auth.Principal;
import dev.bobsync.words.AuditLines;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The REST API under {@code /api/v1}, described by {@code /api/v1/openapi.json}. */
public final class ApiRoutes {
  /** Where the OpenAPI document is served. */
  public static final String OPENAPI = "/api/v1/openapi.json";

  private static final Set<String> STATUSES =
      Set.of("synced", "waiting", "skipped", "frozen", "failed");

  private final WebServices web;
  private final ApiViews views;
  private final AuditLines lines;

  public ApiRoutes(WebServices web) {
    this.web = web;
    this.views = new ApiViews(web.json());
    this.lines = new AuditLines(web.json());
  }

  public void register(RoutesConfig routes) {
    routes.get(OPENAPI, this::openApi);
    routes.get("/api/v1/integrations", this::list);
    routes.post("/api/v1/integrations", this::add);
    routes.get("/api/v1/integrations/{id}", ctx -> ctx.json(integration(web.integration(ctx))));
    routes.delete("/api/v1/integrations/{id}", this::remove);
    routes.post("/api/v1/integrations/{id}/check", this::check);
    routes.post("/api/v1/integrations/{id}/sync", this::sync);
    routes.get("/api/v1/integrations/{id}/runs", this::runs);
    routes.get("/api/v1/integrations/{id}/runs/{runId}", this::run);
    routes.get("/api/v1/integrations/{id}/people", this::people);
    routes.get("/api/v1/integrations/{id}/audit", this::audit);
    CompensationApi compensation = new CompensationApi(web);
    routes.get("/api/v1/integrations/{id}/compensation", compensation::perIntegration);
    routes.get(AccessRules.COMPENSATION_PULL, compensation::pull);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/web/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void list(Context ctx) {
    Principal p = Authenticator.of(ctx);
    ArrayNode all = web.json().createArrayNode();
    String only = p.token() == null ? null : p.token().integrationId();
    web.store().integrations().list(p.workspaceId()).stream()
        .filter(i -> only == null || only.equals(i.id()))
        .forEach(i -> all.add(integration(i)));
    ctx.json(all);
  }

  private void add(Context ctx) {
    JsonNode body = body(ctx);
    Map<String, String> entities = new LinkedHashMap<>();
    body.path("legalEntities")
        .fields()
        .forEachRemaining(e -> entities.put(e.getKey(), e.getValue().asText()));
    IntegrationSetup.Request request =
        new IntegrationSetup.Request(
            required(body, "name"),
            required(body, "hibobUrl"),
            required(body, "hibobUser"),
            required(body, "hibobToken"),
            required(body, "remoteUrl"),
            required(body, "remoteToken"),
            interval(body),
            entities,
            body.path("remoteRateLimit").asInt(0));
    IntegrationSetup.Added added =
        web.setup()
            .add(
                Authenticator.of(ctx).workspaceId(),
                request,
                body.path("saveAnyway").asBoolean(false));
    ObjectNode answer = web.json().createObjectNode();
    answer.set("check", views.parse(web.setup().checkJson(added.report())));
    if (added.saved()) {
      web.syncs().refresh(added.integration().id());
      web.app().remoteEvents().onConnect(added.integration());
      answer.set("integration", integration(added.integration()));
      ctx.status(201).json(answer);
    } else {
      AccessReport.Outcome outcome = added.report().outcome();
      answer.put(
          "error",
          outcome == AccessReport.Outcome.BAD_CREDENTIALS
                  || outcome == AccessReport.Outcome.NO_PERMISSION_GROUP
              ? "credentials_refused"
              : "check_failed");
      answer.put("message", "Not stored: " + added.report().failure());
      ctx.status(422).json(answer);
    }
  }

  private void remove(Context ctx) {
    Integration i = web.integration(ctx);
    boolean keep = !"false".equalsIgnoreCase(ctx.queryParam("keepHistory"));
    // a callback left in Remote is logged and noted in the audit; it never blocks the removal
    web.app().remoteEvents().unregister(i);
    web.store().integrations().remove(i.id(), keep);
    web.app().clients().forget(i.id());
    web.syncs().refresh(i.id());
    ctx.status(204);
  }

  private void check(Context ctx) {
    Integration i = web.integration(ctx);
    if (i.remoteUrl() == null) {
      ctx.json(web.app().compensation().check(i));
      return;
    }
    ctx.json(views.parse(web.setup().checkJson(web.setup().check(i))));
  }

  private void sync(Context ctx) {
    Integration i = web.integration(ctx);
    if (i.remoteUrl() == null) {
      ctx.status(409)
          .json(
              views.error(
                  "no_remote",
                  "This integration exports compensation only; it has no Remote sync."));
      return;
    }
    if (web.syncs().syncNow(i.id(), "api")) {
      ctx.status(202).json(web.json().createObjectNode().put("started", true));
    } else {
      ctx.status(409)
          .json(views.error("already_running", "A sync of this integration is already running."));
    }
  }

  private void runs(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    int limit = intParam(ctx, "limit", 20, 1, 200);
    ArrayNode all = web.json().createArrayNode();
    web.store().runs().recent(i.id(), limit).forEach(r -> all.add(views.run(r)));
    ctx.json(all);
  }

  private void run(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    SyncRun r =
        web.store()
            .runs()
            .byId(ctx.pathParam("runId"))
            .filter(x -> x.integrationId().equals(i.id()))
            .orElseThrow(() -> new NotFoundResponse("No such run."));
    ctx.json(views.run(r));
  }

  private void people(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    String status = ctx.queryParam("status");
    if (status != null && !STATUSES.contains(status)) {
      throw new BadRequestResponse("status must be one of " + STATUSES);
    }
    PersonQuery query =
        PersonQuery.first(intParam(ctx, "limit", 100, 1, 1000))
            .withStatus(status)
            .withText(ctx.queryParam("q"))
            .withOffset(intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    Page<PersonRecord> page = web.store().people().search(i.id(), query);
    ObjectNode answer = web.json().createObjectNode().put("total", page.total());
    ArrayNode items = answer.putArray("people");
    page.items().forEach(p -> items.add(views.person(p)));
    ctx.json(answer);
  }

  private void audit(Context ctx) {
    Integration i = web.integrationWithHistory(ctx);
    int limit = intParam(ctx, "limit", 50, 1, 500);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    ObjectNode answer =
        web.json().createObjectNode().put("total", web.store().audit().count(i.id()));
    ArrayNode items = answer.putArray("entries");
    java.util.Map<String, PersonRecord> people = new java.util.HashMap<>();
    for (AuditEntry e : web.store().audit().list(i.id(), limit, offset)) {
      PersonRecord p =
          e.subject() == null
              ? null
              : people.computeIfAbsent(
                  e.subject(), id -> web.store().people().find(i.id(), id).orElse(null));
      items.add(
          views.audit(
              e, lines.of(e, p == null ? null : p.displayName(), p == null ? null : p.syncType())));
    }
    ctx.json(answer);
  }

  private ObjectNode integration(Integration i) {
    SyncRun last = LastSync.of(web.store().runs().recent(i.id(), 10));
    return views.integration(
        i,
        web.store().people().countByStatus(i.id()),
        last,
        web.syncs().running(i.id()),
        web.syncs().nextRun(i.id()).orElse(null));
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = web.json().readTree(ctx.bodyAsBytes());
      if (body == null || !body.isObject()) {
        throw new BadRequestResponse("The body must be a JSON object.");
      }
      return body;
    } catch (IOException e) {
      throw new BadRequestResponse("The body is not valid JSON.");
    }
  }

  /** {@code intervalMinutes} in the one range the page and the CLI take; else 400 saying it. */
  private static Duration interval(JsonNode body) {
    try {
      return SyncInterval.ofMinutes(body.path("intervalMinutes").asLong(60), "\"intervalMinutes\"");
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage() + ".");
    }
  }

  private static String required(JsonNode body, String field) {
    String value = body.path(field).asText("").trim();
    if (value.isEmpty()) {
      throw new BadRequestResponse("\"" + field + "\" is required.");
    }
    return value;
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < min || n > max) {
        throw new BadRequestResponse(name + " must be between " + min + " and " + max + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number.");
    }
  }
}
