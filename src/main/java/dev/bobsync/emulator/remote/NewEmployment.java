package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code POST /v1/employments} body into an employment in {@code created} status. The body
 * takes the keys in {@link #KEYS} and nothing else; {@code basic_information} must fit the
 * country's basic-information form for the employment's type.
 */
final class NewEmployment {
  static final List<String> KEYS =
      List.of(
          "country_code",
          "type",
          "basic_information",
          "external_id",
          "engaged_by_legal_entity_id",
          "bill_to_legal_entity_id");

  private NewEmployment() {}

  /** The employment the body describes; what cannot be read is added to {@code errors}. */
  static Employment read(
      ObjectNode body, String id, Instant now, CountryForms forms, ValidationErrors errors) {
    body.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                errors.add(
                    key,
                    "is not a parameter of the create: it takes only "
                        + String.join(", ", KEYS)
                        + "; send the other forms afterwards with PATCH /v1/employments/{id}");
              }
            });
    EmploymentType type = type(body, errors);
    String country = JsonBodies.text(body, "country_code", "country_code", errors);
    ObjectNode basic = JsonBodies.object(body, "basic_information", errors);
    if (basic == null && !errors.has("basic_information")) {
      errors.add("basic_information", "can't be blank");
    }
    if (JsonBodies.isBlank(country)) {
      errors.add("country_code", "can't be blank");
    } else if (basic != null) {
      FormChecks.check(forms, country, EmploymentForm.BASIC_INFORMATION, type, basic, "", errors);
    }
    Map<EmploymentForm, ObjectNode> blocks = new EnumMap<>(EmploymentForm.class);
    if (basic != null) {
      blocks.put(EmploymentForm.BASIC_INFORMATION, basic);
    }
    return new Employment(
        id,
        type,
        EmploymentStatus.CREATED,
        country == null ? "" : country,
        JsonBodies.text(body, "external_id", "external_id", errors),
        basic != null && basic.path("email").isTextual() ? basic.get("email").asText() : null,
        reference(basic, "manager"),
        reference(basic, "department"),
        JsonBodies.text(body, "engaged_by_legal_entity_id", "engaged_by_legal_entity_id", errors),
        JsonBodies.text(body, "bill_to_legal_entity_id", "bill_to_legal_entity_id", errors),
        blocks,
        now,
        now);
  }

  /** {@code basic_information.<object>.id}, or {@code null}. */
  static String reference(ObjectNode basic, String object) {
    JsonNode id = basic == null ? null : basic.path(object).get("id");
    return id != null && id.isTextual() ? id.asText() : null;
  }

  private static EmploymentType type(ObjectNode body, ValidationErrors errors) {
    String text = JsonBodies.text(body, "type", "type", errors);
    if (text == null) {
      return EmploymentType.EMPLOYEE;
    }
    if (text.equals("hris")) {
      errors.add("type", "hris employments are not emulated");
      return EmploymentType.EMPLOYEE;
    }
    return EmploymentType.fromWire(text)
        .orElseGet(
            () -> {
              errors.add(
                  "type", "is not one of employee, contractor, global_payroll_employee, hris");
              return EmploymentType.EMPLOYEE;
            });
  }
}
