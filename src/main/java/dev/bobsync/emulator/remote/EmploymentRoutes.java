package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
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
    return Reply.data(201, "employment", company.render(created));
  }

  private Reply show(Context ctx, RemoteCompany company) {
    return Reply.data(
        200, "employment", company.render(company.visibleEmployment(ctx.pathParam("id"))));
  }

  private Reply update(Context ctx, RemoteCompany company) {
    Employment updated =
        company.updateEmployment(ctx.pathParam("id"), JsonBodies.object(mapper, ctx.bodyAsBytes()));
    return Reply.data(200, "employment", company.render(updated));
  }

  /** Filters: {@code email} (the login e-mail), {@code status}, {@code employment_type}. */
  private Reply list(Context ctx, RemoteCompany company) {
    ValidationErrors errors = new ValidationErrors();
    Optional<EmploymentStatus> status = filter(ctx, "status", EmploymentStatus::fromWire, errors);
    Optional<EmploymentType> type =
        filter(ctx, "employment_type", EmploymentType::fromWire, errors);
    errors.throwIfAny("Invalid filters");
    String email = EmploymentRules.normalize(ctx.queryParam("email"));
    List<Employment> matches =
        company.employments().stream()
            .filter(e -> e.status() != EmploymentStatus.DELETED)
            .filter(e -> status.isEmpty() || e.status() == status.get())
            .filter(e -> type.isEmpty() || e.type() == type.get())
            .filter(e -> email == null || email.equals(EmploymentRules.normalize(e.loginEmail())))
            .toList();
    return Reply.data(Page.of(matches, ctx).body("employments", company::render));
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
