package dev.bobsync.sync.timeoff;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiUnavailableException;
import java.time.LocalDate;

/** The plain words an admin reads about a request; each names the request and the person. */
final class TimeOffMessages {
  private TimeOffMessages() {}

  /** "Request 12 of Ana Lima (Holiday, 2026-11-24 to 2026-11-25)". */
  static String describe(TimeOffRequest r, TimeOffPerson p) {
    StringBuilder s = new StringBuilder("Request ").append(r.requestId()).append(" of ");
    s.append(name(r, p)).append(" (");
    s.append(r.policyType() == null ? "unknown policy type" : r.policyType());
    LocalDate start = r.startDate();
    LocalDate end = r.endDate();
    if (start != null) {
      s.append(", ").append(start);
      if (end != null && !end.equals(start)) {
        s.append(" to ").append(end);
      }
    }
    return s.append(')').toString();
  }

  static String name(TimeOffRequest r, TimeOffPerson p) {
    if (p != null && p.name() != null) {
      return p.name();
    }
    return r.employeeEmail() != null
        ? r.employeeEmail()
        : "HiBob employee " + (r.employeeId().isEmpty() ? "?" : r.employeeId());
  }

  static String remoteFailed(ApiException e) {
    String said = e.apiMessage() == null || e.apiMessage().isBlank() ? "" : ": " + e.apiMessage();
    if (e instanceof ApiUnavailableException) {
      return "Remote did not answer usably ("
          + e.call()
          + said
          + "). Tried again on the next sync.";
    }
    return "Remote refused it (" + e.call() + said + ").";
  }

  static String hibobFailed(ApiException e) {
    String said = e.apiMessage() == null || e.apiMessage().isBlank() ? "" : ": " + e.apiMessage();
    return "HiBob did not answer usably for its details (" + e.call() + said + ").";
  }
}
