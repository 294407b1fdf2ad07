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
    node.put("minutes", day.hours() * 60);
    return node;
  }

  /** Remote's {@code Timeoff}, timestamps without a zone as real answers carry them. */
  static Map<String, Object> render(Timeoff t) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", t.id());
    node.put("employment_id", t.employmentId());
    node.put("timeoff_type", t.timeoffType());
    node.put("status", t.status());
    node.put("approved_at", EmploymentJson.timestamp(t.approvedAt()));
    node.put("approver_id", t.approverId());
    node.put("start_date", t.startDate().toString());
    node.put("end_date", t.endDate().toString());
    node.put("timezone", t.timezone());
    node.put("timeoff_days", t.days().stream().map(TimeoffRoutes::renderDay).toList());
    node.put("total_minutes", t.days().stream().mapToInt(d -> d.hours() * 60).sum());
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("leave_policy_variant_slug", "default-" + t.timeoffType());
    policy.put("leave_type", t.timeoffType());
    policy.put("name", LEAVE_NAMES.getOrDefault(t.timeoffType(), "Time off"));
    node.put("leave_policy", policy);
    node.put("leave_policy_variant_id", null);
    node.put("automatic", false);
    node.put("notes", t.notes());
    node.put("cancel_reason", t.cancelReason());
    node.put("cancelled_at", t.cancelled() ? EmploymentJson.timestamp(t.updatedAt()) : null);
    node.put("created_at", EmploymentJson.timestamp(t.createdAt()));
    node.put("updated_at", EmploymentJson.timestamp(t.updatedAt()));
    return node;
  }

  private static final Map<String, String> LEAVE_NAMES =
      Map.of(
          "paid_time_off", "Paid time off",
          "sick_leave", "Sick leave",
          "unpaid_leave", "Unpaid leave",
          "parental_leave", "Parental leave",
          "bereavement", "Bereavement leave",
          "other", "Other leave");
}
