package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/timeoff}: create (approved only), list with filters, show, cancel. Remote has no
 * idempotency keys: after a lost answer, a client finds its time off again by listing the
 * employment's time off and comparing dates and {@code notes}.
 */
final class TimeoffRoutes {
  private final ObjectMapper mapper;

  TimeoffRoutes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(Gateway api) {
    api.post("/v1/timeoff", this::create);
    api.get("/v1/timeoff", this::list);
    api.get("/v1/timeoff/{id}", this::show);
    api.post("/v1/timeoff/{id}/cancel", this::cancel);
  }

  private Reply create(Context ctx, RemoteCompany company) {
    Timeoff created = company.createTimeoff(JsonBodies.object(mapper, ctx.bodyAsBytes()));
    return Reply.data(201, "timeoff", render(created));
  }

  private Reply show(Context ctx, RemoteCompany company) {
    return Reply.data(200, "timeoff", render(company.timeoff(ctx.pathParam("id"))));
  }

  private Reply cancel(Context ctx, RemoteCompany company) {
    ObjectNode body = JsonBodies.object(mapper, ctx.bodyAsBytes());
    Timeoff cancelled =
        company.cancelTimeoff(ctx.pathParam("id"), body.path("cancel_reason").asText(null));
    return Reply.data(200, "timeoff", render(cancelled));
  }

  /** Filters: {@code employment_id}, {@code status}, {@code timeoff_type}. */
  private Reply list(Context ctx, RemoteCompany company) {
    String employmentId = ctx.queryParam("employment_id");
    String status = ctx.queryParam("status");
    String type = ctx.queryParam("timeoff_type");
    List<Timeoff> matches =
        company.timeoffs().stream()
            .filter(t -> employmentId == null || t.employmentId().equals(employmentId))
            .filter(t -> status == null || t.status().equals(status))
            .filter(t -> type == null || type.equals(t.timeoffType()))
            .toList();
    return Reply.data(Page.of(matches, ctx).body("timeoffs", TimeoffRoutes::render));
  }

  private static Map<String, Object> renderDay(Timeoff.Day day) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("day", day.day().toString());
    node.put("hours", day.hours());
    return node;
  }

  static Map<String, Object> render(Timeoff t) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", t.id());
    node.put("employment_id", t.employmentId());
    node.put("timeoff_type", t.timeoffType());
    node.put("status", t.status());
    node.put("approved_at", t.approvedAt().toString());
    node.put("start_date", t.startDate().toString());
    node.put("end_date", t.endDate().toString());
    node.put("timezone", t.timezone());
    node.put("timeoff_days", t.days().stream().map(TimeoffRoutes::renderDay).toList());
    node.put("notes", t.notes());
    node.put("cancel_reason", t.cancelReason());
    node.put("created_at", t.createdAt().toString());
    node.put("updated_at", t.updatedAt().toString());
    return node;
  }
}
