package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Remote's read shapes of an employment: {@code MinimalEmployment} in lists, {@code Employment} on
 * show and update, and the short answer to a create, with the nulls real answers carry (form blocks
 * not filled, no external id, no manager) and timestamps without a zone.
 */
final class EmploymentJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final Map<String, Locale> COUNTRIES =
      Stream.of(Locale.getISOCountries())
          .map(alpha2 -> new Locale("", alpha2))
          .collect(Collectors.toMap(Locale::getISO3Country, l -> l, (a, b) -> a));
  private static final Map<String, String> TASKS =
      Map.of(
          "address_details", "Primary residence.",
          "administrative_details", "Information we need for tax purposes.",
          "bank_account_details", "Bank account used for receiving salary payments.",
          "billing_address_details", "Address associated with the employee's bank account.",
          "contract_details", "Employee-specific details for their employment agreement.",
          "emergency_contact_details", "Who should be called in an emergency.",
          "employment_document_details", "We need some additional documents.",
          "personal_details", "Personal details, such as name and date of birth.",
          "pricing_plan_details", "How often Remote will bill employers for management fees.");

  /** What an answer needs besides the employment: the company's directory and forms. */
  record Context(
      String companyId,
      Map<String, Department> departments,
      Function<String, Manager> managerOfId,
      Function<String, String> employmentOfEmail,
      CountryForms forms) {}

  private EmploymentJson() {}

  /** {@code MinimalEmployment}: a list item. */
  static ObjectNode minimal(Employment e, Context c) {
    ObjectNode node = NODES.objectNode();
    node.put("id", e.id());
    node.put("short_id", shortId(e.id()));
    node.put("full_name", text(e.fullName()));
    node.put("job_title", text(e.jobTitle()));
    node.put("personal_email", text(e.personalEmail()));
    node.put("login_email", text(e.loginEmail()));
    node.put("work_email", e.workEmail());
    node.put("status", e.status().wire());
    node.put("type", e.type().wire());
    node.put("employment_model", model(e.type()));
    node.put("employment_lifecycle_stage", e.status().lifecycleStage());
    node.set("country", country(e.countryCode(), c.forms()));
    Department department = department(e, c);
    node.put("department", department == null ? null : department.name());
    node.put("department_id", department == null ? null : department.id());
    node.put("external_id", e.externalId());
    node.set("work_address_details", NODES.objectNode());
    return node;
  }

  /** {@code Employment}: the full record, as show and update answer it. */
  static ObjectNode full(Employment e, Context c) {
    ObjectNode node = minimal(e, c);
    node.put("company_id", c.companyId());
    ObjectNode basic = e.form(EmploymentForm.BASIC_INFORMATION);
    node.set("basic_information", basic == null ? NODES.objectNode() : basic);
    JsonNode start = basic == null ? null : basic.get("provisional_start_date");
    if (start != null && start.isTextual()) {
      node.set("provisional_start_date", start);
    }
    JsonNode seniority = basic == null ? null : basic.get("seniority_date");
    node.set("seniority_date", seniority == null ? NODES.nullNode() : seniority);
    Manager manager = e.managerId() == null ? null : c.managerOfId().apply(e.managerId());
    node.put("manager", manager == null ? null : manager.userId());
    node.put("manager_email", manager == null ? null : manager.userEmail());
    node.put(
        "manager_employment_id",
        manager == null ? null : c.employmentOfEmail().apply(manager.userEmail()));
    node.put("engaged_by_legal_entity_id", e.legalEntityId());
    node.put("bill_to_legal_entity_id", e.billToLegalEntityId());
    for (EmploymentForm form : EmploymentForm.values()) {
      if (form == EmploymentForm.BASIC_INFORMATION || form == EmploymentForm.BANK_ACCOUNT_DETAILS) {
        continue;
      }
      node.set(form.wire(), e.form(form));
    }
    ObjectNode bank = e.form(EmploymentForm.BANK_ACCOUNT_DETAILS);
    node.set(
        "bank_account_details", bank == null ? NODES.arrayNode() : NODES.arrayNode().add(bank));
    node.set("files", NODES.arrayNode());
    node.set("onboarding_tasks", tasks(e));
    node.put(
        "eligible_for_onboarding_cancellation",
        e.status().beforeOnboarding() || e.status().onboarding());
    node.put("user_status", userStatus(e.status()));
    node.put("created_at", timestamp(e.createdAt()));
    node.put("updated_at", timestamp(e.updatedAt()));
    return node;
  }

  /** The show answer: the full record plus {@code termination_date}. */
  static ObjectNode shown(Employment e, Context c) {
    return full(e, c).putNull("termination_date");
  }

  /** The create answer ({@code EmploymentBasicResponse}). */
  static ObjectNode created(Employment e, Context c) {
    ObjectNode node = NODES.objectNode();
    node.put("id", e.id());
    node.put("company_id", c.companyId());
    node.put("country_code", e.countryCode());
    node.put("type", e.type().wire());
    node.put("status", e.status().wire());
    node.put("employment_lifecycle_stage", e.status().lifecycleStage());
    node.put("full_name", text(e.fullName()));
    node.put("job_title", e.jobTitle());
    node.put("personal_email", text(e.personalEmail()));
    node.put("login_email", text(e.loginEmail()));
    ObjectNode basic = e.form(EmploymentForm.BASIC_INFORMATION);
    node.set("basic_information", basic);
    if (e.provisionalStartDate() != null) {
      node.put("provisional_start_date", e.provisionalStartDate().toString());
    }
    node.put("external_id", e.externalId());
    node.put("created_at", timestamp(e.createdAt()));
    node.put("updated_at", timestamp(e.updatedAt()));
    return node;
  }

  /** Remote's timestamps: UTC, to the second, without a zone. */
  static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /** A six-character human-facing id, stable for an employment id. */
  static String shortId(String id) {
    String digits = Long.toString(Math.abs((long) id.hashCode()) % 2_176_782_336L, 36);
    return ("000000" + digits.toUpperCase(Locale.ROOT)).substring(digits.length());
  }

  static ObjectNode country(String alpha3, CountryForms forms) {
    Locale locale = COUNTRIES.get(alpha3);
    ObjectNode node = NODES.objectNode().put("code", alpha3);
    node.put("alpha_2_code", locale == null ? "" : locale.getCountry());
    node.put("name", locale == null ? alpha3 : locale.getDisplayCountry(Locale.ENGLISH));
    forms.supported(alpha3).forEach(node.putArray("supported_json_schemas")::add);
    return node;
  }

  private static ObjectNode tasks(Employment e) {
    ObjectNode tasks = NODES.objectNode();
    TASKS.keySet().stream()
        .sorted()
        .forEach(
            name -> {
              boolean done =
                  EmploymentForm.fromWire(name).map(f -> e.form(f) != null).orElse(false);
              tasks
                  .putObject(name)
                  .put("status", done ? "completed" : "pending")
                  .put("description", TASKS.get(name));
            });
    return tasks;
  }

  private static Department department(Employment e, Context c) {
    return e.departmentId() == null ? null : c.departments().get(e.departmentId());
  }

  private static String model(EmploymentType type) {
    return type == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE ? "global_payroll" : "eor";
  }

  private static String userStatus(EmploymentStatus status) {
    if (status.beforeOnboarding()) {
      return "created";
    }
    if (status.onboarding()) {
      return "initiated";
    }
    return status == EmploymentStatus.ACTIVE ? "active" : "inactive";
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
