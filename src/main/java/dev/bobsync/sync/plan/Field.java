package dev.bobsync.sync.plan;

import dev.bobsync.words.FieldNames;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The pieces of a person's data the sync writes to Remote, compared one by one. */
public enum Field {
  NAME("root.firstName", "root.surname"),
  /** The private e-mail; the work e-mail stands in for an empty one, never for a hidden one. */
  PERSONAL_EMAIL("home.privateEmail"),
  WORK_EMAIL("root.email"),
  JOB_TITLE("work.title"),
  START_DATE("work.startDate"),
  ADDRESS(
      "address.line1",
      "address.line2",
      "address.city",
      "address.postCode",
      "address.usaState",
      "address.country"),
  MANAGER("work.reportsTo.email"),
  DEPARTMENT("work.department"),
  EMERGENCY_CONTACT(
      "emergency.firstName",
      "emergency.surname",
      "emergency.relation",
      "emergency.phone",
      "emergency.email"),
  SSN("identification.ssn"),
  SALARY("payroll.salary.yearlyPayment", "payroll.salary.payment");

  private final List<String> hibobFields;

  Field(String... hibobFields) {
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

  /** How an admin calls it: "job title", "manager" (the words live in {@link FieldNames}). */
  public String label() {
    return FieldNames.of(name());
  }
}
