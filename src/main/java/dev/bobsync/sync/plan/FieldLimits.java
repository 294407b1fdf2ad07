package dev.bobsync.sync.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What any value bobsync writes must be, checked before anything is sent to Remote or saved: at
 * most {@value #MAX_CHARS} characters, and no control characters or broken Unicode. A value that is
 * not holds that person alone with {@link Reason#INVALID_FIELD}, naming the field (never the value,
 * which may be the very thing that cannot be shown or stored).
 */
final class FieldLimits {
  static final int MAX_CHARS = 255;

  private FieldLimits() {}

  static Optional<String> problems(Person p) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("first name", p.firstName());
    values.put("last name", p.surname());
    values.put("work e-mail", p.workEmail());
    values.put("private e-mail", p.privateEmail());
    values.put("job title", p.jobTitle());
    values.put("department", p.department());
    values.put("manager's e-mail", p.managerEmail());
    if (p.address() != null) {
      values.put("address line 1", p.address().line1());
      values.put("address line 2", p.address().line2());
      values.put("address city", p.address().city());
      values.put("address post code", p.address().postCode());
      values.put("address state", p.address().state());
      values.put("address country", p.address().country());
    }
    if (p.emergencyContact() != null) {
      values.put("emergency contact name", p.emergencyContact().name());
      values.put("emergency contact relation", p.emergencyContact().relation());
      values.put("emergency contact phone", p.emergencyContact().phone());
      values.put("emergency contact e-mail", p.emergencyContact().email());
    }
    if (p.annualSalary() != null) {
      values.put("salary currency", p.annualSalary().currency());
    }
    List<String> problems = new ArrayList<>();
    values.forEach((field, value) -> problem(field, value).ifPresent(problems::add));
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  private static Optional<String> problem(String field, String value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.length() > MAX_CHARS) {
      return Optional.of(
          "the "
              + field
              + " is "
              + value.length()
              + " characters long, more than the "
              + MAX_CHARS
              + " bobsync sends");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        i++;
      } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
        return Optional.of(
            "the " + field + " holds a control character or broken text at position " + (i + 1));
      }
    }
    return Optional.empty();
  }
}
