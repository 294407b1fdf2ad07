package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Remote's rules for an employment's data, checked on create, on update and for fixtures. */
final class EmploymentRules {
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final LocalDate today;
  private final Collection<Manager> managers;
  private final Collection<Department> departments;
  private final Collection<LegalEntity> legalEntities;
  private final EmailIndex emails;

  EmploymentRules(
      LocalDate today,
      Collection<Manager> managers,
      Collection<Department> departments,
      Collection<LegalEntity> legalEntities,
      EmailIndex emails) {
    this.today = today;
    this.managers = managers;
    this.departments = departments;
    this.legalEntities = legalEntities;
    this.emails = emails;
  }

  /** E-mails compare trimmed and case-insensitively. */
  static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Every error in {@code e} as it would be stored; with {@code enforceStartDate}, an employee or
   * contractor not yet onboarding also needs a start date after today.
   */
  ValidationErrors check(Employment e, boolean enforceStartDate, ValidationErrors errors) {
    checkBasicInformation(e.form(EmploymentForm.BASIC_INFORMATION), errors);
    checkEmails(e, errors);
    checkReferences(e, errors);
    checkCountryRules(e, errors);
    LocalDate start = e.provisionalStartDate();
    if (enforceStartDate
        && e.status().beforeOnboarding()
        && e.type().needsFutureStartDate()
        && start != null
        && !start.isAfter(today)) {
      errors.add("provisional_start_date", "must be in the future (after " + today + ")");
    }
    return errors;
  }

  private static void checkBasicInformation(ObjectNode basic, ValidationErrors errors) {
    if (basic == null) {
      errors.add("basic_information", "can't be blank");
      return;
    }
    for (String field : List.of("name", "email", "job_title", "provisional_start_date")) {
      String value = JsonBodies.text(basic, field, field, errors);
      if (JsonBodies.isBlank(value) && !errors.has(field)) {
        errors.add(field, "can't be blank");
      }
    }
    JsonBodies.text(basic, "work_email", "work_email", errors);
    String start = basic.path("provisional_start_date").asText("");
    if (!start.isBlank() && !errors.has("provisional_start_date")) {
      try {
        LocalDate.parse(start);
      } catch (DateTimeParseException ex) {
        errors.add("provisional_start_date", "is not a date (YYYY-MM-DD)");
      }
    }
  }

  private void checkEmails(Employment e, ValidationErrors errors) {
    checkEmail("email", e.personalEmail(), e.id(), errors);
    checkEmail("work_email", e.workEmail(), e.id(), errors);
  }

  private void checkEmail(String field, String email, String id, ValidationErrors errors) {
    if (JsonBodies.isBlank(email) || errors.has(field)) {
      return;
    }
    if (!EMAIL.matcher(email.trim()).matches()) {
      errors.add(field, "is not a valid e-mail address");
    } else if (emails.takenByOther(email, id)) {
      errors.add(field, "has already been taken");
    }
  }

  private void checkReferences(Employment e, ValidationErrors errors) {
    if (e.managerId() != null
        && managers.stream().noneMatch(m -> m.userId().equals(e.managerId()))) {
      errors.add("manager_id", "is not a company manager (see /v1/company-managers)");
    }
    if (e.departmentId() != null
        && departments.stream().noneMatch(d -> d.id().equals(e.departmentId()))) {
      errors.add("department_id", "is not a department of this company");
    }
  }

  private void checkCountryRules(Employment e, ValidationErrors errors) {
    if (e.countryCode().isBlank()) {
      if (!errors.has("country_code")) {
        errors.add("country_code", "can't be blank");
      }
    } else if (!COUNTRIES.contains(e.countryCode())) {
      errors.add("country_code", "is not an ISO 3166-1 alpha-3 country code");
    }
    checkLegalEntity(e, e.type() == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE, errors);
    if (e.billToLegalEntityId() != null
        && legalEntities.stream().noneMatch(le -> le.id().equals(e.billToLegalEntityId()))) {
      errors.add("bill_to_legal_entity_id", "is not a legal entity of this company");
    }
  }

  private void checkLegalEntity(Employment e, boolean globalPayroll, ValidationErrors errors) {
    String field = "engaged_by_legal_entity_id";
    if (!globalPayroll) {
      if (e.legalEntityId() != null) {
        errors.add(field, "is only for Global Payroll employments (Remote engages EOR employees)");
      }
      return;
    }
    if (e.legalEntityId() == null) {
      errors.add(field, "can't be blank: a Global Payroll employment needs its legal entity");
      return;
    }
    legalEntities.stream()
        .filter(le -> le.id().equals(e.legalEntityId()))
        .findFirst()
        .ifPresentOrElse(
            le -> {
              if (!le.globalPayrollEnabled()) {
                errors.add(field, "is a legal entity without Global Payroll");
              } else if (!Objects.equals(le.countryCode(), e.countryCode())) {
                errors.add(
                    field,
                    "is a legal entity in " + le.countryCode() + ", not in " + e.countryCode());
              }
            },
            () -> errors.add(field, "is not a legal entity of this company"));
  }
}
