package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** {@code /v1/employments}: create, list, show and update. */
final class EmploymentRoutes {
  private final ObjectMapper mapper;

  EmploymentRoutes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(Gateway api) {
    api.post("/v1/employments", this::create);
    api.get("/v1/employments", this::list);
    api.get("/v1/employments/{id}", this::show);
    api.patch("/v1/employments/{id}", this::update);
  }

  private Reply create(Context ctx, RemoteCompany company) {
    Employment created = company.createEmployment(JsonBodies.object(mapper, ctx.bodyAsBytes()));
    return Reply.data(201, "employment", company.renderCreated(created));
  }

  private Reply show(Context ctx, RemoteCompany company) {
    return Reply.data(
        200, "employment", company.render(company.visibleEmployment(ctx.pathParam("id"))));
  }

  private Reply update(Context ctx, RemoteCompany company) {
    Employment updated =
        company.updateEmployment(ctx.pathParam("id"), JsonBodies.object(mapper, ctx.bodyAsBytes()));
    return Reply.data(200, "employment", company.renderFull(updated));
  }

  /**
   * Filters: {@code company_id} (its own only), {@code email} (the login e-mail), {@code status}
   * (comma-separated; {@code incomplete}: not yet onboarded), {@code employment_type}, {@code
   * employment_model}, {@code short_id}. Items are {@code MinimalEmployment}.
   */
  private Reply list(Context ctx, RemoteCompany company) {
    DirectoryRoutes.requireOwnCompany(ctx.queryParam("company_id"), company);
    ValidationErrors errors = new ValidationErrors();
    Set<EmploymentStatus> statuses = statuses(ctx.queryParam("status"), errors);
    Optional<EmploymentType> type =
        filter(ctx, "employment_type", EmploymentType::fromWire, errors);
    String model = ctx.queryParam("employment_model");
    if (model != null && !List.of("eor", "peo", "global_payroll").contains(model)) {
      errors.add("employment_model", "is not one of eor, peo, global_payroll");
    }
    errors.throwIfAny("Invalid filters");
    String email = EmploymentRules.normalize(ctx.queryParam("email"));
    String shortId = ctx.queryParam("short_id");
    List<Employment> matches =
        company.employments().stream()
            .filter(e -> e.status() != EmploymentStatus.DELETED)
            .filter(e -> statuses.isEmpty() || statuses.contains(e.status()))
            .filter(e -> type.isEmpty() || e.type() == type.get())
            .filter(e -> email == null || email.equals(EmploymentRules.normalize(e.loginEmail())))
            .filter(e -> shortId == null || shortId.equals(EmploymentJson.shortId(e.id())))
            .filter(
                e ->
                    model == null
                        || model.equals(
                            e.type() == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE
                                ? "global_payroll"
                                : "eor"))
            .toList();
    return Reply.data(Page.of(matches, ctx).body("employments", company::renderMinimal));
  }

  private static Set<EmploymentStatus> statuses(String value, ValidationErrors errors) {
    Set<EmploymentStatus> statuses = EnumSet.noneOf(EmploymentStatus.class);
    if (value == null || value.isBlank()) {
      return statuses;
    }
    for (String part : value.split(",")) {
      String wire = part.trim();
      if (wire.equals("incomplete")) {
        for (EmploymentStatus s : EmploymentStatus.values()) {
          if (s.beforeOnboarding() || s.onboarding()) {
            statuses.add(s);
          }
        }
      } else {
        EmploymentStatus.fromWire(wire)
            .ifPresentOrElse(
                statuses::add,
                () -> errors.add("status", "is not a Remote employment status: " + wire));
      }
    }
    return statuses;
  }

  private static <T> Optional<T> filter(
      Context ctx, String name, Function<String, Optional<T>> parse, ValidationErrors errors) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<T> parsed = parse.apply(value);
    if (parsed.isEmpty()) {
      errors.add(name, "is not a Remote " + name.replace('_', ' ') + ": " + value);
    }
    return parsed;
  }
}
