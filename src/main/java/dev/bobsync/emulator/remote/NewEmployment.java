package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Reads a {@code POST /v1/employments} body into an employment in {@code created} status. */
final class NewEmployment {
  private NewEmployment() {}

  /** The employment the body describes; what cannot be read is added to {@code errors}. */
  static Employment read(ObjectNode body, String id, Instant now, ValidationErrors errors) {
    String typeText = JsonBodies.text(body, "type", "type", errors);
    EmploymentType type = EmploymentType.EMPLOYEE;
    if (typeText != null) {
      type =
          EmploymentType.fromWire(typeText)
              .orElseGet(
                  () -> {
                    errors.add(
                        "type", "is not one of employee, contractor, global_payroll_employee");
                    return EmploymentType.EMPLOYEE;
                  });
    }
    Map<EmploymentForm, ObjectNode> forms = new EnumMap<>(EmploymentForm.class);
    for (EmploymentForm form : EmploymentForm.values()) {
      ObjectNode node = JsonBodies.object(body, form.wire(), errors);
      if (node != null) {
        forms.put(form, node);
      }
    }
    String country = JsonBodies.text(body, "country_code", "country_code", errors);
    ObjectNode basic = forms.get(EmploymentForm.BASIC_INFORMATION);
    return new Employment(
        id,
        type,
        EmploymentStatus.CREATED,
        country == null ? "" : country,
        JsonBodies.text(body, "external_id", "external_id", errors),
        basic != null && basic.path("email").isTextual() ? basic.get("email").asText() : null,
        JsonBodies.text(body, "manager_id", "manager_id", errors),
        JsonBodies.text(body, "department_id", "department_id", errors),
        JsonBodies.text(body, "engaged_by_legal_entity_id", "engaged_by_legal_entity_id", errors),
        forms,
        now,
        now);
  }
}
