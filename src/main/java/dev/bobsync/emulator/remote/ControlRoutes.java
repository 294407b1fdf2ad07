package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.Faults;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The control API under {@code /_emulator/}: inspect state and request counts, add companies and
 * employments, move employments through their statuses, inject faults. Not authenticated, not rate
 * limited, never faulty.
 */
final class ControlRoutes {
  private final RemoteEmulator emulator;
  private final ObjectMapper mapper;

  ControlRoutes(RemoteEmulator emulator, ObjectMapper mapper) {
    this.emulator = emulator;
    this.mapper = mapper;
  }

  void register(RoutesConfig routes) {
    routes.get("/_emulator/state", ctx -> json(ctx, 200, state()));
    routes.get("/_emulator/stats", ctx -> json(ctx, 200, Map.of("companies", emulator.requests())));
    routes.delete("/_emulator/stats", ctx -> noContent(ctx, emulator::resetRequestCounts));
    routes.get("/_emulator/employments/{employmentId}", this::employment);
    routes.post("/_emulator/companies", this::addCompany);
    routes.post("/_emulator/companies/{companyId}/employments", this::addEmployment);
    routes.post("/_emulator/companies/{companyId}/employments/{employmentId}/status", this::move);
    routes.post(
        "/_emulator/companies/{companyId}/employments/{employmentId}/complete-onboarding",
        this::completeOnboarding);
    routes.put("/_emulator/companies/{companyId}/error-shape", this::setErrorShape);
    routes.get("/_emulator/faults", ctx -> json(ctx, 200, emulator.faults().settings()));
    routes.put("/_emulator/faults", this::setFaults);
    routes.delete(
        "/_emulator/faults",
        ctx -> noContent(ctx, () -> emulator.faults().set(Faults.Settings.NONE)));
  }

  private void addCompany(Context ctx) {
    RemoteFixture.Company company = read(ctx, RemoteFixture.Company.class);
    RemoteCompany added = invalidAs400(() -> emulator.addCompany(company));
    json(ctx, 201, Map.of("id", added.id(), "name", added.name()));
  }

  private void addEmployment(Context ctx) {
    RemoteCompany company = company(ctx);
    RemoteFixture.EmploymentEntry entry = read(ctx, RemoteFixture.EmploymentEntry.class);
    Employment added = invalidAs400(() -> company.addEmployment(entry));
    json(ctx, 201, company.render(added));
  }

  private void move(Context ctx) {
    RemoteCompany company = company(ctx);
    String employmentId = ctx.pathParam("employmentId");
    company.employment(employmentId).orElseThrow(() -> ApiError.notFound("Employment"));
    String wanted = JsonBodies.object(mapper, ctx.bodyAsBytes()).path("status").asText("");
    EmploymentStatus status =
        EmploymentStatus.fromWire(wanted)
            .orElseThrow(
                () ->
                    ApiError.of(400, "status '" + wanted + "' is not a Remote employment status"));
    try {
      json(ctx, 200, company.render(company.moveEmployment(employmentId, status)));
    } catch (IllegalStateException e) {
      throw ApiError.of(409, e.getMessage());
    }
  }

  /**
   * The employee finished onboarding: the employment becomes active, and Remote's webhooks {@code
   * employment.status.updated} and {@code employment.onboarding.completed} go out (409 when it is
   * already active, or cannot become active from its status).
   */
  private void completeOnboarding(Context ctx) {
    RemoteCompany company = company(ctx);
    String employmentId = ctx.pathParam("employmentId");
    Employment e =
        company.employment(employmentId).orElseThrow(() -> ApiError.notFound("Employment"));
    if (e.status() == EmploymentStatus.ACTIVE) {
      throw ApiError.of(409, "the employment is already active");
    }
    try {
      json(ctx, 200, company.render(company.moveEmployment(employmentId, EmploymentStatus.ACTIVE)));
    } catch (IllegalStateException ex) {
      throw ApiError.of(409, ex.getMessage());
    }
  }

  /** {@code {"shape": "errors_object" | "errors_list" | "message_list" | "message_string"}}. */
  private void setErrorShape(Context ctx) {
    RemoteCompany company = company(ctx);
    String wanted = JsonBodies.object(mapper, ctx.bodyAsBytes()).path("shape").asText("");
    ErrorShape shape =
        ErrorShape.fromWire(wanted)
            .orElseThrow(
                () ->
                    ApiError.of(
                        400,
                        "shape '"
                            + wanted
                            + "' is not one of errors_object, errors_list, message_list,"
                            + " message_string"));
    company.errorShape(shape);
    json(ctx, 200, Map.of("id", company.id(), "error_shape", shape.wire()));
  }

  private void setFaults(Context ctx) {
    Faults.Settings settings = read(ctx, Faults.Settings.class);
    emulator.faults().set(settings);
    json(ctx, 200, emulator.faults().settings());
  }

  private Map<String, Object> state() {
    List<Map<String, Object>> companies =
        emulator.companies().stream().map(this::companyState).toList();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("now", emulator.clock().instant().toString());
    state.put("faults", emulator.faults().settings());
    state.put("companies", companies);
    state.put("webhook_deliveries", emulator.webhookDeliveries());
    return state;
  }

  private Map<String, Object> companyState(RemoteCompany company) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", company.id());
    node.put("name", company.name());
    node.put("rate_limit_per_minute", company.rateLimitPerMinute());
    node.put("error_shape", company.errorShape().wire());
    node.put("legal_entities", company.legalEntities());
    node.put("managers", company.managers());
    node.put("departments", company.departments());
    node.put("employments", company.employments().stream().map(company::render).toList());
    node.put("timeoffs", company.timeoffs().stream().map(TimeoffRoutes::render).toList());
    node.put(
        "webhook_callbacks",
        emulator.webhooks().callbacks(company.id()).stream()
            .map(
                c ->
                    Map.of("id", c.id(), "url", c.url(), "subscribed_events", c.subscribedEvents()))
            .toList());
    node.put("requests", emulator.requests(company.id()));
    return node;
  }

  /** One employment, whichever company it is in: what a "Remote profile" link shows. */
  private void employment(Context ctx) {
    String id = ctx.pathParam("employmentId");
    for (RemoteCompany company : emulator.companies()) {
      var found = company.employment(id);
      if (found.isPresent()) {
        json(ctx, 200, company.render(found.get()));
        return;
      }
    }
    throw ApiError.notFound("Employment");
  }

  private RemoteCompany company(Context ctx) {
    String id = ctx.pathParam("companyId");
    return emulator.companies().stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ApiError.notFound("Company"));
  }

  private <T> T read(Context ctx, Class<T> type) {
    try {
      return mapper
          .readerFor(type)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(ctx.bodyAsBytes());
    } catch (JsonProcessingException e) {
      throw ApiError.of(400, "Invalid body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.of(400, "Invalid body: " + e.getMessage());
    }
  }

  private static <T> T invalidAs400(Supplier<T> action) {
    try {
      return action.get();
    } catch (IllegalArgumentException e) {
      throw ApiError.of(400, e.getMessage());
    }
  }

  private void noContent(Context ctx, Runnable action) {
    action.run();
    ctx.status(204);
  }

  private void json(Context ctx, int status, Object body) {
    JsonErrors.write(ctx, status, body, mapper);
  }
}
