package dev.bobsync.sync.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The pieces of a person's data the sync writes to Remote, compared one by one. */
public enum Field {
  NAME("name", "root.firstName", "root.surname"),
  /** The private e-mail; the work e-mail stands in for an empty one, never for a hidden one. */
  PERSONAL_EMAIL("personal e-mail", "home.privateEmail"),
  WORK_EMAIL("work e-mail", "root.email"),
  JOB_TITLE("job title", "work.title"),
  START_DATE("start date", "work.startDate"),
  ADDRESS(
      "address",
      "address.line1",
      "address.line2",
      "address.city",
      "address.postCode",
      "address.usaState",
      "address.country"),
  MANAGER("supervisor", "work.reportsTo.email"),
  DEPARTMENT("department", "work.department"),
  EMERGENCY_CONTACT(
      "emergency contact",
      "emergency.firstName",
      "emergency.surname",
      "emergency.relation",
      "emergency.phone",
      "emergency.email"),
  SSN("SSN", "identification.ssn"),
  SALARY("salary", "payroll.salary.yearlyPayment", "payroll.salary.payment");

  private final String label;
  private final List<String> hibobFields;

  Field(String label, String... hibobFields) {
    this.label = label;
    this.hibobFields = List.of(hibobFields);
  }

  /**
   * The HiBob fields its value is made of: when the service user cannot see any of them, the sync
   * leaves the field alone in Remote rather than write part of it or a stand-in.
   */
  public List<String> hibobFields() {
    return hibobFields;
  }

  /**
   * The fields the service user cannot see, each with the HiBob permission that would show it, from
   * the HiBob fields a search did not return ({@code hiddenHibobFields}: field id to permission).
   */
  public static Map<Field, String> hiddenBy(Map<String, String> hiddenHibobFields) {
    Map<Field, String> hidden = new EnumMap<>(Field.class);
    for (Field f : values()) {
      f.hibobFields.stream()
          .filter(hiddenHibobFields::containsKey)
          .findFirst()
          .ifPresent(id -> hidden.put(f, hiddenHibobFields.get(id)));
    }
    return hidden;
  }

  /** How an admin calls it. */
  public String label() {
    return label;
  }
}
