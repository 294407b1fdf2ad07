package dev.bobsync.compensation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.hibob.EmployeeJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads fields of one employee, noting values that are not what their type says. */
final class FieldReader {
  private final JsonNode employee;
  private final List<String> notes;
  private final boolean echoDates;

  FieldReader(JsonNode employee, List<String> notes, boolean echoDates) {
    this.employee = employee;
    this.notes = notes;
    this.echoDates = echoDates;
  }

  String text(String id) {
    return EmployeeJson.text(employee, id);
  }

  /** The display string (list item names rather than ids). */
  String shown(String id) {
    return EmployeeJson.display(employee, id);
  }

  BigDecimal number(String id, String what) {
    String raw = text(id);
    if (raw == null) {
      return null;
    }
    try {
      return new BigDecimal(raw);
    } catch (NumberFormatException e) {
      notes.add(what + " \"" + raw + "\" is not a number (" + id + ")");
      return null;
    }
  }

  LocalDate date(String id, String what) {
    String raw = text(id);
    LocalDate date = raw == null ? null : Dates.parse(raw);
    if (raw != null && date == null) {
      boolean echo = echoDates || !id.equals(FieldPlan.BIRTH_DATE);
      notes.add(what + (echo ? " \"" + raw + "\"" : "") + " is not a date (" + id + ")");
    }
    return date;
  }

  /** Whether the answer carries the field at all (HiBob drops hidden ones). */
  boolean present(String id) {
    return EmployeeJson.present(employee, id);
  }
}
