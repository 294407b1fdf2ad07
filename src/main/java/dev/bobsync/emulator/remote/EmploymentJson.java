package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Remote's read shape of an employment. */
final class EmploymentJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> COUNTRY_NAMES =
      Stream.of(Locale.getISOCountries())
          .map(alpha2 -> new Locale("", alpha2))
          .collect(
              Collectors.toMap(
                  Locale::getISO3Country, l -> l.getDisplayCountry(Locale.ENGLISH), (a, b) -> a));

  private EmploymentJson() {}

  /**
   * {@code managerOfId} finds a company manager by user id, {@code employmentOfEmail} the
   * employment holding an e-mail (a manager's own employment).
   */
  static ObjectNode render(
      Employment e,
      Map<String, Department> departments,
      Function<String, Manager> managerOfId,
      Function<String, String> employmentOfEmail) {
    ObjectNode node = NODES.objectNode();
    node.put("id", e.id());
    node.put("full_name", e.fullName());
    node.put("personal_email", e.personalEmail());
    node.put("login_email", e.loginEmail());
    node.put("work_email", e.workEmail());
    node.put("job_title", e.jobTitle());
    ObjectNode basic = e.form(EmploymentForm.BASIC_INFORMATION);
    node.set("provisional_start_date", basic == null ? null : basic.get("provisional_start_date"));
    Department department = e.departmentId() == null ? null : departments.get(e.departmentId());
    node.set("department", department == null ? null : department(department));
    node.put("department_id", e.departmentId());
    Manager manager = e.managerId() == null ? null : managerOfId.apply(e.managerId());
    node.set("manager", manager == null ? null : manager(manager));
    node.put("manager_email", manager == null ? null : manager.userEmail());
    node.put(
        "manager_employment_id",
        manager == null ? null : employmentOfEmail.apply(manager.userEmail()));
    node.put("external_id", e.externalId());
    node.set("country", country(e.countryCode()));
    node.put("type", e.type().wire());
    node.put("status", e.status().wire());
    node.put("employment_lifecycle_stage", e.status().lifecycleStage());
    for (EmploymentForm form : EmploymentForm.values()) {
      node.set(form.wire(), e.form(form));
    }
    node.put("created_at", e.createdAt().toString());
    node.put("updated_at", e.updatedAt().toString());
    return node;
  }

  private static ObjectNode department(Department d) {
    return NODES.objectNode().put("id", d.id()).put("name", d.name());
  }

  private static ObjectNode manager(Manager m) {
    return NODES
        .objectNode()
        .put("user_id", m.userId())
        .put("user_email", m.userEmail())
        .put("role", m.role());
  }

  private static ObjectNode country(String alpha3) {
    return NODES.objectNode().put("code", alpha3).put("name", COUNTRY_NAMES.get(alpha3));
  }
}
