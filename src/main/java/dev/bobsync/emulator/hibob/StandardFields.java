package dev.bobsync.emulator.hibob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HiBob's standard employee fields and sections, as a real tenant's metadata lists them. */
final class StandardFields {
  static final String ID = "root.id";
  static final String EMAIL = "root.email";
  static final String FIRST_NAME = "root.firstName";
  static final String SURNAME = "root.surname";
  static final String CREATED = "root.creationDateTime";
  static final String BIRTH_DATE = "personal.birthDate";
  static final String PRIVATE_EMAIL = "home.privateEmail";
  static final String START_DATE = "work.startDate";
  static final String TITLE = "work.title";
  static final String SITE = "work.site";
  static final String DEPARTMENT = "work.department";
  static final String REPORTS_TO = "work.reportsTo";
  static final String COUNTRY = "address.country";
  static final String WEEKLY_HOURS = "payroll.employment.weeklyHours";
  static final String CURRENCY = "payroll.salary.payment";
  static final String PAY_PERIOD = "payroll.salary.payPeriod";
  static final String PAY_FREQUENCY = "payroll.salary.payFrequency";
  static final String YEARLY_PAYMENT = "payroll.salary.yearlyPayment";
  static final String STATUS = "internal.status";
  static final String LIFECYCLE_STATUS = "internal.lifecycleStatus";
  static final String TERMINATION_DATE = "internal.terminationDate";
  static final String TERMINATION_REASON = "internal.terminationReason";

  /** Sections returned when a search names no fields. */
  static final Set<String> DEFAULT_CATEGORIES = Set.of("root", "about", "employment", "work");

  /** Fields that change through history tables rather than PUT: the work and salary tables. */
  static final Set<String> WORK_TABLE = Set.of(TITLE, SITE, DEPARTMENT, REPORTS_TO);

  static final Set<String> SALARY_TABLE =
      Set.of(CURRENCY, PAY_PERIOD, PAY_FREQUENCY, YEARLY_PAYMENT);

  private enum Trait {
    HISTORICAL,
    DERIVED,
    SENSITIVE
  }

  private StandardFields() {}

  /** Section id to HiBob's default display name. */
  static Map<String, String> defaultSectionNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("root", "Basic info");
    names.put("personal", "Personal");
    names.put("personalContact", "Personal contact details");
    names.put("identification", "Identification");
    names.put("work", "Work");
    names.put("workContact", "Work contact details");
    names.put("address", "Address");
    names.put("home", "Home");
    names.put("about", "About");
    names.put("employment", "Employment");
    names.put("payroll", "Payroll");
    names.put("emergency", "Emergency");
    names.put("lifecycle", "Lifecycle");
    names.put("userData", "User data");
    return names;
  }

  static List<Field> all() {
    List<Field> f = new ArrayList<>();
    f.add(std(ID, "ID", "root", "text", null, Trait.DERIVED));
    f.add(std("root.companyId", "Company ID", "root", "number", null, Trait.DERIVED));
    f.add(std(EMAIL, "Email", "root", "text", null));
    f.add(std(FIRST_NAME, "First name", "root", "text", null));
    f.add(std(SURNAME, "Last name", "root", "text", null));
    f.add(std("root.fullName", "Full name", "root", "text", null, Trait.DERIVED));
    f.add(std("root.displayName", "Display name", "root", "text", null, Trait.DERIVED));
    f.add(std("root.secondName", "Middle name", "root", "text", null));
    f.add(std(CREATED, "Creation date time", "root", "time", null));
    f.add(std("root.state", "State", "userData", "text", null, Trait.DERIVED));
    f.add(std("root.creationDate", "Creation date", "userData", "date", null, Trait.DERIVED));

    f.add(std("personal.honorific", "Title", "personal", "text", null));
    f.add(std("personal.pronouns", "Pronouns", "personal", "text", null));
    f.add(std(BIRTH_DATE, "Date of birth", "personal", "date", null, Trait.SENSITIVE));
    f.add(std("personal.age", "Age", "personal", "number", null, Trait.DERIVED, Trait.SENSITIVE));
    f.add(
        std("personal.shortBirthDate", "Birthday", "personal", "short-date", null, Trait.DERIVED));
    f.add(std("personal.nationality", "Nationality", "personal", "list", "nationality"));

    f.add(std(PRIVATE_EMAIL, "Personal email", "personalContact", "text", null));
    f.add(std("home.privatePhone", "Personal phone", "personalContact", "text", null));
    f.add(std("home.mobilePhone", "Personal mobile", "personalContact", "text", null));

    f.add(std("identification.ssn", "SSN", "identification", "ssn", null, Trait.SENSITIVE));
    f.add(
        std("identification.ssnSerialNumber", "SSN serial number", "identification", "text", null));
    f.add(
        std(
            "financial.passportNumber",
            "Passport number",
            "identification",
            "text",
            null,
            Trait.SENSITIVE));

    f.add(std("work.employeeIdInCompany", "Employee ID", "work", "number", null));
    f.add(std(TITLE, "Job title", "work", "list", "title", Trait.HISTORICAL));
    f.add(std(START_DATE, "Start date", "work", "date", null));
    f.add(std("work.originalStartDate", "Original start date", "work", "date", null));
    f.add(std(SITE, "Site", "work", "list", "site", Trait.HISTORICAL));
    f.add(std("work.siteId", "Site ID", "work", "number", null, Trait.HISTORICAL, Trait.DERIVED));
    f.add(std(DEPARTMENT, "Department", "work", "list", "department", Trait.HISTORICAL));
    f.add(std(REPORTS_TO, "Reports to", "work", Field.EMPLOYEE, null, Trait.HISTORICAL));
    f.add(std("work.reportsTo.email", "Reports to email", "work", "text", null, Trait.DERIVED));
    f.add(std("work.manager", "Manager", "work", Field.EMPLOYEE_REFERENCE, null, Trait.DERIVED));
    f.add(std("work.isManager", "Is manager", "work", "boolean", null, Trait.DERIVED));
    f.add(std("work.tenureYears", "Tenure (years)", "work", "number", null, Trait.DERIVED));

    f.add(std("work.workMobile", "Work mobile", "workContact", "text", null));
    f.add(std("work.workPhone", "Work phone", "workContact", "text", null));

    f.add(std("address.line1", "Address line 1", "address", "text", null, Trait.HISTORICAL));
    f.add(std("address.line2", "Address line 2", "address", "text", null, Trait.HISTORICAL));
    f.add(std("address.city", "City", "address", "text", null, Trait.HISTORICAL));
    f.add(std("address.postCode", "Postal code", "address", "text", null, Trait.HISTORICAL));
    f.add(std(COUNTRY, "Country", "address", "list", "country", Trait.HISTORICAL));
    f.add(std("address.usaState", "State (USA)", "address", "text", null, Trait.HISTORICAL));
    f.add(
        std(
            "address.fullAddress",
            "Full address",
            "address",
            "text",
            null,
            Trait.HISTORICAL,
            Trait.DERIVED));

    f.add(std("home.legalGender", "Legal gender", "home", "list", "legalGender"));
    f.add(std("home.familyStatus", "Family status", "home", "list", "familyStatus"));
    f.add(std("home.numberOfKids", "Number of kids", "home", "number", null));

    f.add(std("about.about", "About", "about", "text-area", null));
    f.add(std("about.hobbies", "Hobbies", "about", "text", null));
    f.add(std("about.socialData.linkedin", "LinkedIn", "about", "text", null));

    f.add(
        std(
            "payroll.employment.contract",
            "Contract type",
            "employment",
            "list",
            "payrollEmploymentContract",
            Trait.HISTORICAL));
    f.add(
        std(
            "payroll.employment.type",
            "Employment type",
            "employment",
            "list",
            "payrollEmploymentType",
            Trait.HISTORICAL));
    f.add(std("payroll.employment.fte", "FTE %", "employment", "number", null, Trait.HISTORICAL));
    f.add(std(WEEKLY_HOURS, "Weekly hours", "employment", "number", null, Trait.HISTORICAL));
    f.add(
        std(
            "payroll.employment.salaryPayType",
            "Salary pay type",
            "employment",
            "text",
            null,
            Trait.HISTORICAL));

    f.add(std(CURRENCY, "Salary currency", "payroll", "text", null, Trait.HISTORICAL));
    f.add(std(PAY_PERIOD, "Salary pay period", "payroll", "text", null, Trait.HISTORICAL));
    f.add(std(PAY_FREQUENCY, "Salary pay frequency", "payroll", "text", null, Trait.HISTORICAL));
    f.add(std(YEARLY_PAYMENT, "Yearly salary", "payroll", "number", null, Trait.HISTORICAL));
    f.add(
        std(
            "payroll.variable.Bonus.amount",
            "Bonus amount",
            "payroll",
            "number",
            null,
            Trait.HISTORICAL));
    f.add(
        std(
            "payroll.variable.Commission.amount",
            "Commission amount",
            "payroll",
            "number",
            null,
            Trait.HISTORICAL));

    f.add(std("emergency.firstName", "Emergency contact first name", "emergency", "text", null));
    f.add(std("emergency.surname", "Emergency contact last name", "emergency", "text", null));
    f.add(std("emergency.relation", "Emergency contact relation", "emergency", "text", null));
    f.add(std("emergency.phone", "Emergency contact phone", "emergency", "text", null));
    f.add(std("emergency.email", "Emergency contact email", "emergency", "text", null));
    f.add(std("emergency.country", "Emergency contact country", "emergency", "list", "country"));

    f.add(std(STATUS, "Status", "lifecycle", "text", null, Trait.HISTORICAL));
    f.add(std(LIFECYCLE_STATUS, "Lifecycle status", "lifecycle", "text", null, Trait.HISTORICAL));
    f.add(std(TERMINATION_DATE, "Termination date", "lifecycle", "date", null, Trait.HISTORICAL));
    f.add(
        std(TERMINATION_REASON, "Termination reason", "lifecycle", "text", null, Trait.HISTORICAL));
    f.add(std("internal.probationEndDate", "Probation end date", "lifecycle", "date", null));
    return f;
  }

  private static Field std(
      String id, String name, String category, String type, String listId, Trait... traits) {
    Set<Trait> t = traits.length == 0 ? Set.of() : Set.of(traits);
    return new Field(
        id,
        name,
        category,
        type,
        listId,
        t.contains(Trait.HISTORICAL),
        t.contains(Trait.DERIVED),
        t.contains(Trait.SENSITIVE) || "ssn".equals(type),
        false,
        null,
        -1);
  }
}
