package dev.bobsync.compensation;

import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HiBob fields one export asks for, and why (rules V2, V3, V5): the standard ones, variable
 * pay and equity as HiBob's metadata lists them, the optional groups that are on, the chosen custom
 * fields by id. Names, e-mails and employee ids are not even asked for in anonymous mode.
 *
 * @param wanted field id to what it is needed for, in column order
 * @param metadata every field HiBob lists, by id (empty when the metadata could not be read)
 * @param variableTypes HiBob's variable pay types ("Bonus", "Commission")
 * @param customFields the chosen custom fields the export has columns for
 * @param leftOut chosen custom fields left out in anonymous mode because they name people
 */
public record FieldPlan(
    CompensationProfile profile,
    boolean anonymous,
    Map<String, String> wanted,
    Map<String, FieldMeta> metadata,
    List<String> variableTypes,
    List<FieldMeta> equityFields,
    List<CompensationProfile.ChosenField> customFields,
    List<CompensationProfile.ChosenField> leftOut) {

  public static final String ID = "root.id";
  public static final String FIRST_NAME = "root.firstName";
  public static final String SURNAME = "root.surname";
  public static final String EMAIL = "root.email";
  public static final String EMPLOYEE_ID = "work.employeeIdInCompany";
  public static final String TITLE = "work.title";
  public static final String DEPARTMENT = "work.department";
  public static final String SITE = "work.site";
  public static final String COUNTRY = "address.country";
  public static final String EMPLOYMENT_TYPE = "payroll.employment.type";
  public static final String CONTRACT = "payroll.employment.contract";
  public static final String FTE = "payroll.employment.fte";
  public static final String WEEKLY_HOURS = "payroll.employment.weeklyHours";
  public static final String START_DATE = "work.startDate";
  public static final String STATUS = "internal.status";
  public static final String LIFECYCLE_STATUS = "internal.lifecycleStatus";
  public static final String TERMINATION_DATE = "internal.terminationDate";
  public static final String TERMINATION_REASON = "internal.terminationReason";
  public static final String CURRENCY = "payroll.salary.payment";
  public static final String PAY_PERIOD = "payroll.salary.payPeriod";
  public static final String PAY_FREQUENCY = "payroll.salary.payFrequency";
  public static final String YEARLY = "payroll.salary.yearlyPayment";
  public static final String BIRTH_DATE = "personal.birthDate";

  /** The Equity section's id in HiBob. */
  public static final String EQUITY = Section.EQUITY.categoryId();

  private static final Set<String> NAMED_ONLY = Set.of(FIRST_NAME, SURNAME, EMAIL, EMPLOYEE_ID);
  private static final Set<String> PERSON_TYPES = Set.of("employee", "employee-reference");
  private static final Pattern VARIABLE = Pattern.compile("^payroll\\.variable\\.(.+)\\.amount$");

  public FieldPlan {
    wanted = Collections.unmodifiableMap(new LinkedHashMap<>(wanted));
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    variableTypes = List.copyOf(variableTypes);
    equityFields = List.copyOf(equityFields);
    customFields = List.copyOf(customFields);
    leftOut = List.copyOf(leftOut);
  }

  /** The plan for {@code profile}; {@code metadata} may be empty when HiBob refused it. */
  public static FieldPlan of(
      CompensationProfile profile, boolean anonymous, List<FieldMeta> metadata) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(metadata, "metadata");
    Map<String, FieldMeta> byId = new LinkedHashMap<>();
    metadata.forEach(f -> byId.putIfAbsent(f.id(), f));
    Map<String, String> wanted = new LinkedHashMap<>();
    standard()
        .forEach(
            (id, purpose) -> {
              if (!(anonymous && NAMED_ONLY.contains(id))) {
                wanted.put(id, purpose);
              }
            });
    List<String> variableTypes = new ArrayList<>();
    for (FieldMeta f : metadata) {
      Matcher m = VARIABLE.matcher(f.id());
      if (m.matches()) {
        variableTypes.add(m.group(1));
        wanted.put(f.id(), "variable pay (" + m.group(1) + ")");
      }
    }
    List<FieldMeta> equity = new ArrayList<>();
    if (profile.equity()) {
      metadata.stream().filter(f -> EQUITY.equals(f.categoryId())).forEach(equity::add);
      equity.forEach(f -> wanted.put(f.id(), "equity (" + f.name() + ")"));
    }
    if (profile.gender()) {
      wanted.put(profile.genderField(), "gender");
    }
    if (profile.dateOfBirth()) {
      wanted.put(BIRTH_DATE, anonymous ? "age band" : "date of birth");
    }
    List<CompensationProfile.ChosenField> custom = new ArrayList<>();
    List<CompensationProfile.ChosenField> leftOut = new ArrayList<>();
    for (CompensationProfile.ChosenField c : profile.customFields()) {
      FieldMeta meta = byId.get(c.id());
      if (anonymous && meta != null && PERSON_TYPES.contains(meta.type())) {
        leftOut.add(c);
      } else {
        custom.add(c);
        wanted.putIfAbsent(c.id(), "custom field \"" + label(c, meta) + "\"");
      }
    }
    return new FieldPlan(profile, anonymous, wanted, byId, variableTypes, equity, custom, leftOut);
  }

  /** The ids to send in the people search: wanted ones HiBob knows, {@code root.id} first. */
  public List<String> asked() {
    List<String> asked = new ArrayList<>();
    asked.add(ID);
    wanted.keySet().stream()
        .filter(id -> !id.equals(ID) && (metadata.isEmpty() || metadata.containsKey(id)))
        .forEach(asked::add);
    return asked;
  }

  /** Wanted ids HiBob's metadata does not list: deleted custom fields, renamed ones. */
  public List<String> unknown() {
    if (metadata.isEmpty()) {
      return List.of();
    }
    return wanted.keySet().stream()
        .filter(id -> !id.equals(ID) && !metadata.containsKey(id))
        .toList();
  }

  /** Whether a chosen custom field no longer exists in HiBob. */
  public boolean deleted(String fieldId) {
    return !metadata.isEmpty() && !metadata.containsKey(fieldId);
  }

  /** The field's name as HiBob shows it, else as remembered, else its id. */
  public String name(String fieldId) {
    FieldMeta meta = metadata.get(fieldId);
    if (meta != null) {
      return meta.name();
    }
    return customFields.stream()
        .filter(c -> c.id().equals(fieldId) && c.name() != null)
        .map(CompensationProfile.ChosenField::name)
        .findFirst()
        .orElse(fieldId);
  }

  private static String label(CompensationProfile.ChosenField c, FieldMeta meta) {
    return meta != null ? meta.name() : c.name() != null ? c.name() : c.id();
  }

  /** The standard fields every export wants, with what each is for. */
  private static Map<String, String> standard() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(ID, "the stable id");
    m.put(FIRST_NAME, "first name");
    m.put(SURNAME, "last name");
    m.put(EMAIL, "e-mail");
    m.put(EMPLOYEE_ID, "employee id");
    m.put(TITLE, "job title");
    m.put(DEPARTMENT, "department");
    m.put(SITE, "site");
    m.put(COUNTRY, "country");
    m.put(EMPLOYMENT_TYPE, "employment type");
    m.put(CONTRACT, "contract type");
    m.put(FTE, "FTE");
    m.put(WEEKLY_HOURS, "weekly hours");
    m.put(START_DATE, "start date and tenure");
    m.put(STATUS, "status (leavers)");
    m.put(LIFECYCLE_STATUS, "lifecycle status");
    m.put(TERMINATION_DATE, "termination date");
    m.put(TERMINATION_REASON, "termination reason");
    m.put(CURRENCY, "salary currency");
    m.put(PAY_PERIOD, "pay period");
    m.put(PAY_FREQUENCY, "pay frequency");
    m.put(YEARLY, "base salary");
    return m;
  }
}
