package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A {@code PATCH /v1/employments/{id}} body: which fields it changes, whether the employment's
 * status allows that (the seed article's rules), and the employment after the change.
 */
final class EmploymentPatch {
  private static final Set<String> NEVER =
      Set.of("type", "country_code", "engaged_by_legal_entity_id");
  private static final Set<String> ACTIVE =
      Set.of(
          "name",
          "email",
          "work_email",
          "address_details",
          "emergency_contact_details",
          "administrative_details",
          "manager_id",
          "department_id",
          "external_id");
  private static final Set<String> ACTIVE_GLOBAL_PAYROLL_ONLY =
      Set.of("provisional_start_date", "job_title", "contract_details", "personal_details");
  private static final Set<String> NEEDS_AMENDMENT =
      Set.of("provisional_start_date", "job_title", "contract_details");
  private static final Set<String> TOP_LEVEL =
      Set.of("work_email", "manager_id", "department_id", "external_id");

  private final ObjectNode body;
  private final Set<String> fields = new LinkedHashSet<>();

  EmploymentPatch(ObjectNode body) {
    this.body = body;
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.equals(EmploymentForm.BASIC_INFORMATION.wire()) && body.get(name).isObject()) {
        body.get(name).fieldNames().forEachRemaining(fields::add);
      } else if (isForm(name) || TOP_LEVEL.contains(name) || NEVER.contains(name)) {
        fields.add(name);
      }
    }
  }

  /** The fields this patch touches, named as in error answers; unknown ones are ignored. */
  Set<String> fields() {
    return Collections.unmodifiableSet(fields);
  }

  /** Throws a 422 naming the status when {@code current}'s status forbids a touched field. */
  void checkAllowed(Employment current) {
    EmploymentStatus status = current.status();
    ValidationErrors errors = new ValidationErrors();
    for (String field : fields) {
      String refusal = refusal(field, current);
      if (refusal != null) {
        errors.add(field, refusal);
      }
    }
    String rule =
        status.onboarding() || status == EmploymentStatus.OFFBOARDING
            ? "only external_id can be changed"
            : status == EmploymentStatus.ARCHIVED
                ? "nothing can be changed"
                : "some fields cannot be changed";
    errors.throwIfAny(
        "Employment " + current.id() + " is in status " + status.wire() + ": " + rule);
  }

  private static String refusal(String field, Employment current) {
    EmploymentStatus status = current.status();
    if (NEVER.contains(field)) {
      return "cannot be changed";
    }
    if (status.beforeOnboarding()) {
      return null;
    }
    if (status == EmploymentStatus.ACTIVE) {
      boolean globalPayroll = current.type() == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE;
      if (ACTIVE.contains(field) || globalPayroll && ACTIVE_GLOBAL_PAYROLL_ONLY.contains(field)) {
        return null;
      }
      return NEEDS_AMENDMENT.contains(field)
          ? "cannot be changed for an active "
              + current.type().wire()
              + ": it needs a contract amendment"
          : "cannot be changed while the employment is active";
    }
    if (field.equals("external_id") && status != EmploymentStatus.ARCHIVED) {
      return null;
    }
    return "cannot be changed while the employment is " + status.wire();
  }

  /** {@code current} with this patch applied: forms merge key by key, JSON null removes. */
  Employment applyTo(Employment current, Instant now, ValidationErrors errors) {
    Map<EmploymentForm, ObjectNode> forms = new EnumMap<>(EmploymentForm.class);
    forms.putAll(current.forms());
    for (EmploymentForm form : EmploymentForm.values()) {
      JsonNode change = body.get(form.wire());
      if (change == null) {
        continue;
      }
      if (change.isNull()) {
        forms.remove(form);
      } else if (change.isObject()) {
        forms.put(form, merge(forms.get(form), (ObjectNode) change));
      } else {
        errors.add(form.wire(), "must be an object");
      }
    }
    if (body.has("work_email")) {
      ObjectNode workEmail = body.objectNode().set("work_email", body.get("work_email"));
      forms.put(
          EmploymentForm.BASIC_INFORMATION,
          merge(forms.get(EmploymentForm.BASIC_INFORMATION), workEmail));
    }
    ObjectNode basic = forms.get(EmploymentForm.BASIC_INFORMATION);
    // Until the invitation is sent, the login e-mail follows the personal one.
    String loginEmail =
        current.status().beforeOnboarding() && basic != null && basic.path("email").isTextual()
            ? basic.get("email").asText()
            : current.loginEmail();
    return new Employment(
        current.id(),
        current.type(),
        current.status(),
        current.countryCode(),
        reference("external_id", current.externalId(), errors),
        loginEmail,
        reference("manager_id", current.managerId(), errors),
        reference("department_id", current.departmentId(), errors),
        current.legalEntityId(),
        forms,
        current.createdAt(),
        now);
  }

  private String reference(String field, String current, ValidationErrors errors) {
    return body.has(field) ? JsonBodies.text(body, field, field, errors) : current;
  }

  private static ObjectNode merge(ObjectNode current, ObjectNode change) {
    ObjectNode merged = current == null ? change.objectNode() : current.deepCopy();
    for (Map.Entry<String, JsonNode> entry : change.properties()) {
      if (entry.getValue().isNull()) {
        merged.remove(entry.getKey());
      } else {
        merged.set(entry.getKey(), entry.getValue().deepCopy());
      }
    }
    return merged;
  }

  private static boolean isForm(String name) {
    for (EmploymentForm form : EmploymentForm.values()) {
      if (form.wire().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
