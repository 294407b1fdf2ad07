package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.PeopleWriter.HumanReadable;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The emulator's own API under {@code /_emulator/}: change the company as HR would, and set faults,
 * limits and webhooks. Not HiBob's; needs no auth.
 */
final class ControlRoutes {
  static final String PREFIX = "/_emulator";

  private final LiveCompany company;
  private final Controls controls;
  private final Replies replies;
  private final Clock clock;

  ControlRoutes(LiveCompany company, Controls controls, Replies replies, Clock clock) {
    this.company = company;
    this.controls = controls;
    this.replies = replies;
    this.clock = clock;
  }

  void register(RoutesConfig r) {
    StateView state = new StateView(company, controls, clock);
    r.get(PREFIX + "/state", ctx -> replies.json(ctx, 200, state.render()));
    r.get(PREFIX + "/stats", ctx -> replies.json(ctx, 200, controls.counters().snapshot()));
    r.delete(PREFIX + "/stats", ctx -> noContent(ctx, () -> controls.counters().reset()));
    r.post(PREFIX + "/employees", this::hire);
    r.get(PREFIX + "/employees/{id}", ctx -> employee(ctx, ctx.pathParam("id")));
    r.patch(PREFIX + "/employees/{id}", this::patchEmployee);
    r.post(PREFIX + "/employees/{id}/terminate", this::terminate);
    r.post(PREFIX + "/timeoff/requests", this::addTimeOff);
    r.patch(PREFIX + "/timeoff/requests/{requestId}", this::changeTimeOff);
    r.delete(
        PREFIX + "/timeoff/requests/{requestId}",
        ctx -> noContent(ctx, () -> company.deleteTimeOffRequest(requestId(ctx))));
    r.put(PREFIX + "/permission-groups/{name}", this::putGroup);
    r.put(PREFIX + "/service-users/{id}", this::putServiceUser);
    r.put(PREFIX + "/sections/{categoryId}", this::renameSection);
    r.post(PREFIX + "/webhooks", this::registerWebhook);
    r.get(PREFIX + "/webhooks/deliveries", ctx -> replies.json(ctx, 200, controls.deliveries()));
    r.put(
        PREFIX + "/faults",
        ctx -> {
          controls.faults().set(replies.body(ctx, Faults.Settings.class));
          replies.json(ctx, 200, controls.faults().settings());
        });
    r.delete(
        PREFIX + "/faults",
        ctx -> noContent(ctx, () -> controls.faults().set(Faults.Settings.NONE)));
    r.get(PREFIX + "/answer-shapes", ctx -> replies.json(ctx, 200, controls.shapes().toJson()));
    r.put(
        PREFIX + "/answer-shapes",
        ctx -> {
          controls.shapes(controls.shapes().with(replies.body(ctx)));
          replies.json(ctx, 200, controls.shapes().toJson());
        });
    r.put(
        PREFIX + "/rate-limits",
        ctx -> {
          controls.limits(replies.body(ctx, RateLimits.class));
          replies.json(ctx, 200, controls.limits());
        });
  }

  private void hire(Context ctx) throws IOException {
    String id = company.addHire(object(ctx));
    replies.json(ctx, 201, Map.of("id", id));
  }

  private void patchEmployee(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    company.patchEmployee(id, object(ctx));
    employee(ctx, id);
  }

  private void terminate(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    JsonNode body = replies.body(ctx);
    String date = body.path("terminationDate").asText(null);
    company.terminate(
        id,
        date == null ? LocalDate.now(clock) : LocalDate.parse(date),
        body.path("reason").asText(null));
    employee(ctx, id);
  }

  /** The employee with every field, unfiltered, as the control API shows it. */
  private void employee(Context ctx, String id) throws IOException {
    CompanySnapshot s = company.snapshot();
    Employee e =
        s.people().byId(id).orElseThrow(() -> new NoSuchElementException("no employee " + id));
    PeopleWriter writer =
        new PeopleWriter(
            s,
            s.fields().all(),
            HumanReadable.NONE,
            LocalDate.now(clock),
            AnswerShapes.People.NESTED);
    replies.stream(ctx, g -> writer.writeEmployee(g, e));
  }

  private void addTimeOff(Context ctx) {
    long id = company.addTimeOffRequest(replies.body(ctx, TimeOffDraft.class));
    replies.json(ctx, 201, Map.of("requestId", id));
  }

  /** {@code {"status": ...}} approves, declines or cancels; new dates replace the request. */
  private void changeTimeOff(Context ctx) {
    long id = requestId(ctx);
    JsonNode body = replies.body(ctx);
    if (body.hasNonNull("startDate")) {
      TimeOffRequest old =
          company
              .timeOffRequest(id)
              .orElseThrow(() -> new NoSuchElementException("no time-off request " + id));
      LocalDate start = LocalDate.parse(body.get("startDate").asText());
      long newId =
          company.changeTimeOffDates(
              id,
              start,
              body.path("startDatePortion").asText(old.startDatePortion()),
              body.hasNonNull("endDate") ? LocalDate.parse(body.get("endDate").asText()) : start,
              body.path("endDatePortion").asText(old.endDatePortion()));
      replies.json(ctx, 200, JsonMaps.of("requestId", newId, "previousRequestId", id));
    } else if (body.hasNonNull("status")) {
      company.setTimeOffStatus(id, body.get("status").asText());
      replies.json(ctx, 200, Map.of("requestId", id));
    } else {
      throw new IllegalArgumentException("give a status, or a startDate to move the request");
    }
  }

  private void putGroup(Context ctx) {
    JsonNode body = object(ctx);
    ((ObjectNode) body).put("name", ctx.pathParam("name"));
    PermissionGroup group = replies.convert(body, PermissionGroup.class);
    company.replacePermissionGroup(group);
    replies.json(ctx, 200, group);
  }

  private void putServiceUser(Context ctx) {
    JsonNode body = replies.body(ctx);
    String token = body.path("token").asText("");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token is required");
    }
    ServiceUser user =
        new ServiceUser(ctx.pathParam("id"), token, body.path("permissionGroup").asText(null));
    company.putServiceUser(user);
    replies.json(ctx, 200, Map.of("id", user.id()));
  }

  private void renameSection(Context ctx) {
    String name = replies.body(ctx).path("name").asText("");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    company.renameSection(ctx.pathParam("categoryId"), name);
    replies.json(ctx, 200, JsonMaps.of("categoryId", ctx.pathParam("categoryId"), "name", name));
  }

  private void registerWebhook(Context ctx) {
    JsonNode body = replies.body(ctx);
    company.registerWebhook(body.path("url").asText(null), body.path("secret").asText(null));
    replies.json(ctx, 201, Map.of("url", body.path("url").asText()));
  }

  private JsonNode object(Context ctx) {
    JsonNode body = replies.body(ctx);
    if (!body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return body;
  }

  private static long requestId(Context ctx) {
    return Long.parseLong(ctx.pathParam("requestId"));
  }

  private static void noContent(Context ctx, Runnable action) {
    action.run();
    ctx.status(204);
  }
}
