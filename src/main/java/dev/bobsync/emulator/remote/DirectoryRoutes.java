package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.Gateway.Reply;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the token is ({@code /v1/identity/current}) and the company's directory: legal entities,
 * company managers and departments.
 */
final class DirectoryRoutes {
  private final ObjectMapper mapper;

  DirectoryRoutes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void register(Gateway api) {
    api.get("/v1/identity/current", this::identity);
    api.get("/v1/companies/{companyId}/legal-entities", this::legalEntities);
    api.get("/v1/company-managers", this::managers);
    api.get("/v1/company-departments", this::departments);
    api.post("/v1/company-departments", this::createDepartment);
  }

  /** Declared 201 by Remote although it is a read. */
  private Reply identity(Context ctx, RemoteCompany company) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", "api-user-" + company.id());
    user.put("email", "api@" + company.id() + ".example");
    user.put("name", company.name() + " API");
    user.put("status", "active");
    return new Reply(
        201,
        Map.of(
            "data",
            Map.of("company", Map.of("id", company.id(), "name", company.name()), "user", user)));
  }

  private Reply legalEntities(Context ctx, RemoteCompany company) {
    requireOwnCompany(ctx.pathParam("companyId"), company);
    return Reply.data(
        Page.of(company.legalEntities(), ctx).body("legal_entities", DirectoryRoutes::entity));
  }

  private Reply managers(Context ctx, RemoteCompany company) {
    requireOwnCompany(ctx.queryParam("company_id"), company);
    return Reply.data(
        Page.of(company.managers(), ctx).body("company_managers", m -> manager(m, company)));
  }

  /** {@code company_id} is required; the paging fields sit beside {@code data}. */
  private Reply departments(Context ctx, RemoteCompany company) {
    String companyId = ctx.queryParam("company_id");
    if (JsonBodies.isBlank(companyId)) {
      new ValidationErrors().add("company_id", "is required").throwIfAny("Missing company_id");
    }
    requireOwnCompany(companyId, company);
    List<Department> all = company.departments();
    Page<Department> page =
        "false".equals(ctx.queryParam("paginate"))
            ? new Page<>(all, 1, all.size(), 1)
            : Page.of(all, ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "data",
        Map.of(
            "company_departments",
            page.items().stream().map(d -> department(d, company)).toList()));
    body.put("current_page", page.currentPage());
    body.put("total_count", page.totalCount());
    body.put("total_pages", page.totalPages());
    return new Reply(200, body);
  }

  /** {@code {company_id, name}}; the answer has the department under {@code company_department}. */
  private Reply createDepartment(Context ctx, RemoteCompany company) {
    ObjectNode body = JsonBodies.object(mapper, ctx.bodyAsBytes());
    ValidationErrors errors = new ValidationErrors();
    String companyId = JsonBodies.text(body, "company_id", "company_id", errors);
    String name = JsonBodies.text(body, "name", "name", errors);
    if (JsonBodies.isBlank(companyId) && !errors.has("company_id")) {
      errors.add("company_id", "can't be blank");
    }
    errors.throwIfAny("Department could not be created");
    requireOwnCompany(companyId, company);
    Department created = company.addDepartment(name);
    return new Reply(201, Map.of("company_department", department(created, company)));
  }

  /** A {@code company_id} naming any other company is answered like an unknown one. */
  static void requireOwnCompany(String companyId, RemoteCompany company) {
    if (companyId != null && !companyId.equals(company.id())) {
      throw ApiError.notFound("Company");
    }
  }

  private static Map<String, Object> entity(LegalEntity le) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", le.id());
    node.put("name", le.name());
    node.put("country_code", le.countryCode());
    node.put("global_payroll_enabled", le.globalPayrollEnabled());
    node.put("is_default", le.isDefault());
    return node;
  }

  private static Map<String, Object> manager(Manager m, RemoteCompany company) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("user_id", m.userId());
    node.put("user_email", m.userEmail());
    node.put("user_name", m.userName());
    node.put("role", m.role());
    node.put("company_id", company.id());
    return node;
  }

  private static Map<String, Object> department(Department d, RemoteCompany company) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", d.id());
    node.put("name", d.name());
    node.put("company_id", company.id());
    return node;
  }
}
