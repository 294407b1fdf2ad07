package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code PATCH /v1/employments/{id}} body: the keys of Remote's update body, what the
 * employment's status lets change (the update operation's rules), each form checked against its
 * country form, and the employment after the change. A form block replaces the stored one whole.
 */
final class EmploymentPatch {
  static final Set<String> KEYS =
      Set.of(
          "address_details",
          "administrative_details",
          "bank_account_details",
          "basic_information",
          "billing_address_details",
          "company_id",
          "contract_details",
          "country",
          "country_code",
          "department_id",
          "emergency_contact_details",
          "external_id",
          "manager_id",
          "personal_details",
          "pricing_plan_details",
          "type",
          "work_email");
  private static final Set<String> INVITED = Set.of("work_email", "external_id");
  private static final Set<String> ACTIVE =
      Set.of(
          "manager_id",
          "emergency_contact_details",
          "address_details",
          "work_email",
          "external_id");
  private static final String ACTIVE_GLOBAL_PAYROLL = "personal_details";

  private final ObjectNode body;
  private final Set<String> keys = new LinkedHashSet<>();

  EmploymentPatch(ObjectNode body) {
    this.body = body;
    body.fieldNames().forEachRemaining(keys::add);
  }

  Set<String> keys() {
    return keys;
  }

  /** Throws a 422 naming every key the body may not carry for {@code current}. */
  void checkAllowed(Employment current) {
    ValidationErrors errors = new ValidationErrors();
    for (String key : keys) {
      if (!KEYS.contains(key)) {
        errors.add(key, "is not a parameter of the update");
      }
    }
    errors.throwIfAny("Unknown parameters");
    EmploymentStatus status = current.status();
    if (current.type() == EmploymentType.CONTRACTOR) {
      keys.forEach(
          key ->
              errors.add(key, "cannot be changed: contractors cannot be updated through the API"));
      errors.throwIfAny("Contractors cannot be updated through the API; contact Remote");
    }
    for (String key : keys) {
      if (!allowed(key, current)) {
        errors.add(key, "cannot be changed while the employment is " + status.wire());
      }
    }
    errors.throwIfAny(
        "Employment "
            + current.id()
            + " is "
            + status.wire()
            + ": "
            + (status == EmploymentStatus.ACTIVE
                ? "only manager_id, emergency_contact_details, address_details, work_email and"
                    + " external_id can change"
                    + (current.type() == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE
                        ? " (and personal_details for Global Payroll)"
                        : "")
                    + "; contract changes need an amendment in Remote"
                : status == EmploymentStatus.INVITED
                    ? "only work_email and external_id can change"
                    : "only external_id can change"));
  }

  private static boolean allowed(String key, Employment current) {
    EmploymentStatus status = current.status();
    if (key.equals("external_id") || status.beforeOnboarding()) {
      return true;
    }
    if (status == EmploymentStatus.INVITED) {
      return INVITED.contains(key);
    }
    if (status == EmploymentStatus.ACTIVE) {
      return ACTIVE.contains(key)
          || current.type() == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE
              && key.equals(ACTIVE_GLOBAL_PAYROLL);
    }
    return false;
  }

  /**
   * {@code current} with this body applied, its forms checked against {@code forms}: each block
   * sent replaces the stored one; {@code work_email} also lands in the basic information.
   */
  Employment applyTo(Employment current, Instant now, CountryForms forms, ValidationErrors errors) {
    fixed("type", current.type().wire(), errors);
    fixed("country_code", current.countryCode(), errors);
    Map<EmploymentForm, ObjectNode> blocks = new EnumMap<>(EmploymentForm.class);
    blocks.putAll(current.forms());
    for (EmploymentForm form : EmploymentForm.values()) {
      JsonNode change = body.get(form.wire());
      if (change == null) {
        continue;
      }
      if (!change.isObject()) {
        errors.add(form.wire(), "must be an object");
        continue;
      }
      String prefix = form == EmploymentForm.BASIC_INFORMATION ? "" : form.wire() + ".";
      FormChecks.check(forms, current.countryCode(), form, current.type(), change, prefix, errors);
      blocks.put(form, (ObjectNode) change.deepCopy());
    }
    String managerId = current.managerId();
    String departmentId = current.departmentId();
    ObjectNode basic = blocks.get(EmploymentForm.BASIC_INFORMATION);
    if (body.has("basic_information") && basic != null) {
      managerId = NewEmployment.reference(basic, "manager");
      departmentId = NewEmployment.reference(basic, "department");
    }
    if (body.has("work_email")) {
      String workEmail = JsonBodies.text(body, "work_email", "work_email", errors);
      ObjectNode updated =
          basic == null ? body.objectNode() : basic.deepCopy().put("work_email", workEmail);
      blocks.put(EmploymentForm.BASIC_INFORMATION, updated);
    }
    if (body.has("manager_id")) {
      managerId = JsonBodies.text(body, "manager_id", "manager_id", errors);
    }
    if (body.has("department_id")) {
      departmentId = JsonBodies.text(body, "department_id", "department_id", errors);
    }
    basic = blocks.get(EmploymentForm.BASIC_INFORMATION);
    // Until the invitation is sent, the login e-mail follows the personal one.
    String loginEmail =
        current.status().beforeOnboarding() && basic != null && basic.path("email").isTextual()
            ? basic.get("email").asText()
            : current.loginEmail();
    String externalId =
        body.has("external_id")
            ? JsonBodies.text(body, "external_id", "external_id", errors)
            : current.externalId();
    return new Employment(
        current.id(),
        current.type(),
        current.status(),
        current.countryCode(),
        externalId,
        loginEmail,
        managerId,
        departmentId,
        current.legalEntityId(),
        current.billToLegalEntityId(),
        blocks,
        current.createdAt(),
        now);
  }

  /** A key that names the employment's kind may be sent only with the value it has. */
  private void fixed(String key, String value, ValidationErrors errors) {
    JsonNode sent = body.get(key);
    if (sent != null && !Objects.equals(sent.asText(null), value)) {
      errors.add(key, "cannot be changed: create a new employment instead");
    }
  }
}
