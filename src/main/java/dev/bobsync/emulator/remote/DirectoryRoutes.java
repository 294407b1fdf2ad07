package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;

/** {@code /v1/company-managers} and {@code /v1/company-departments}. */
final class DirectoryRoutes {
  private final ObjectMapper mapper;

  DirectoryRoutes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(Gateway api) {
    api.get("/v1/company-managers", this::managers);
    api.get("/v1/company-departments", this::departments);
    api.post("/v1/company-departments", this::createDepartment);
  }

  private Reply managers(Context ctx, RemoteCompany company) {
    return Reply.data(Page.of(company.managers(), ctx).body("company_managers", m -> m));
  }

  private Reply departments(Context ctx, RemoteCompany company) {
    requireOwnCompany(ctx.queryParam("company_id"), company);
    return Reply.data(Page.of(company.departments(), ctx).body("company_departments", d -> d));
  }

  private Reply createDepartment(Context ctx, RemoteCompany company) {
    ObjectNode body = JsonBodies.object(mapper, ctx.bodyAsBytes());
    requireOwnCompany(body.path("company_id").asText(null), company);
    return Reply.data(201, "department", company.addDepartment(body.path("name").asText(null)));
  }

  /** A {@code company_id} naming any other company is answered like an unknown one. */
  private static void requireOwnCompany(String companyId, RemoteCompany company) {
    if (companyId != null && !companyId.equals(company.id())) {
      throw ApiError.notFound("Company");
    }
  }
}
