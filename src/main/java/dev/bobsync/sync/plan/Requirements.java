package dev.bobsync.sync.plan;

import dev.bobsync.remote.Emails;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** R4: the data Remote needs to create an employment, and why a person lacks it. */
final class Requirements {
  /** The fields a Remote employment listing carries, so they can be compared without more calls. */
  static final Set<Field> LISTED_FIELDS =
      EnumSet.of(
          Field.NAME,
          Field.PERSONAL_EMAIL,
          Field.WORK_EMAIL,
          Field.JOB_TITLE,
          Field.START_DATE,
          Field.DEPARTMENT,
          Field.MANAGER);

  private Requirements() {}

  /** A hold saying what is missing, hidden or malformed, or empty when a create can go ahead. */
  static Optional<PlanItem> check(Person p, Map<String, String> hidden) {
    List<String> missing = new ArrayList<>();
    List<String> notVisible = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    Check check = new Check(hidden, missing, notVisible);
    check.need(p.fullName().isEmpty(), "name", "root.firstName", "root.surname");
    boolean noEmail = isBlank(p.workEmail()) && isBlank(p.privateEmail());
    check.need(noEmail, "e-mail", "root.email", "home.privateEmail");
    checkEmail(p.workEmail(), "work e-mail", invalid);
    checkEmail(p.privateEmail(), "private e-mail", invalid);
    check.need(p.startDate() == null, "start date", "work.startDate");
    check.need(isBlank(p.jobTitle()), "job title", "work.title");
    String country = p.address() == null ? null : p.address().country();
    check.need(isBlank(country), "address country", "address.country");
    if (!isBlank(country) && Countries.alpha3(country).isEmpty()) {
      invalid.add("address country \"" + country.trim() + "\" is not a country Remote knows");
    }
    if (!notVisible.isEmpty()) {
      return Optional.of(hold(p, Reason.HIBOB_FIELD_NOT_VISIBLE, Messages.notVisible(notVisible)));
    }
    if (!missing.isEmpty()) {
      return Optional.of(hold(p, Reason.MISSING_REQUIRED_FIELD, Messages.missing(p, missing)));
    }
    if (!invalid.isEmpty()) {
      return Optional.of(hold(p, Reason.INVALID_FIELD, Messages.invalid(p, invalid)));
    }
    return Optional.empty();
  }

  private static void checkEmail(String email, String label, List<String> invalid) {
    if (!isBlank(email) && !Emails.isValid(email)) {
      invalid.add(label + " \"" + email.trim() + "\" is not a valid e-mail address");
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static PlanItem hold(Person p, Reason reason, String message) {
    return new PlanItem.Hold(p, null, null, reason, message);
  }

  /** Sorts a missing value into "empty in HiBob" or "hidden from the service user". */
  private record Check(Map<String, String> hidden, List<String> missing, List<String> notVisible) {
    void need(boolean absent, String label, String... hibobFields) {
      if (!absent) {
        return;
      }
      for (String id : hibobFields) {
        if (hidden.containsKey(id)) {
          notVisible.add(label + " (" + hidden.get(id) + ")");
          return;
        }
      }
      missing.add(label);
    }
  }
}
