package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.TimeOffDay;
import dev.bobsync.store.TimeOffRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Between the store's rows and the planner's records. */
final class LedgerRows {
  private LedgerRows() {}

  static TimeOffRequest request(TimeOffRecord row) {
    return new TimeOffRequest(
        row.requestId(),
        row.employeeId(),
        // what the employee was called when recorded: a name, or HiBob's e-mail of them
        row.employeeName(),
        row.policyType(),
        row.requestType(),
        row.startDate(),
        row.startPortion(),
        row.endDate(),
        row.endPortion(),
        row.hours(),
        HibobState.of(row.hibobStatus()),
        row.changeReason(),
        row.previousRequestId(),
        row.hibobChangedAt(),
        null,
        null,
        List.of());
  }

  static Booking booking(TimeOffRecord row) {
    if (row == null) {
      return Booking.NONE;
    }
    return new Booking(
        TimeOffStatus.fromCode(row.status()),
        row.remoteEmploymentId(),
        row.remoteTimeOffId(),
        row.bookingStartedAt() != null);
  }

  /**
   * A row for {@code r} with this outcome; what is not given is kept from {@code previous}.
   *
   * @param bookingStartedAt non-null while a create may have reached Remote unrecorded
   */
  static TimeOffRecord row(
      String integrationId,
      TimeOffRequest r,
      TimeOffPerson p,
      TimeOffRecord previous,
      TimeOffStatus status,
      TimeOffReason reason,
      String message,
      String employmentId,
      String timeOffId,
      String bookedDays,
      Instant bookingStartedAt) {
    String name =
        p != null && p.name() != null
            ? p.name()
            : r.employeeEmail() != null
                ? r.employeeEmail()
                : previous == null ? null : previous.employeeName();
    return new TimeOffRecord(
        integrationId,
        r.requestId(),
        r.employeeId(),
        name,
        r.previousRequestId(),
        r.policyType(),
        r.type(),
        r.startDate(),
        r.startPortion(),
        r.endDate(),
        r.endPortion(),
        r.hours(),
        r.state().code(),
        r.changedAt(),
        r.changeReason(),
        status.code(),
        reason == null ? null : reason.name(),
        message,
        employmentId,
        timeOffId,
        bookedDays,
        previous == null ? 0 : previous.attempts(),
        bookingStartedAt,
        reason != null && reason.revisit(),
        previous == null ? null : previous.updatedAt());
  }

  /** {@code previous} with HiBob's newest data of {@code r}, its outcome unchanged. */
  static TimeOffRecord refreshed(
      String integrationId, TimeOffRequest r, TimeOffPerson p, TimeOffRecord previous) {
    return row(
        integrationId,
        r,
        p,
        previous,
        TimeOffStatus.fromCode(previous.status()),
        previous.reasonCode() == null ? null : TimeOffReason.valueOf(previous.reasonCode()),
        previous.message(),
        previous.remoteEmploymentId(),
        previous.remoteTimeOffId(),
        previous.bookedDays(),
        previous.bookingStartedAt());
  }

  /** {@code row} as {@link dev.bobsync.store.TimeOffLedger#claim} leaves it. */
  static TimeOffRecord claimed(TimeOffRecord row, String employmentId, Instant at) {
    return new TimeOffRecord(
        row.integrationId(),
        row.requestId(),
        row.employeeId(),
        row.employeeName(),
        row.previousRequestId(),
        row.policyType(),
        row.requestType(),
        row.startDate(),
        row.startPortion(),
        row.endDate(),
        row.endPortion(),
        row.hours(),
        row.hibobStatus(),
        row.hibobChangedAt(),
        row.changeReason(),
        row.status(),
        row.reasonCode(),
        row.message(),
        employmentId,
        row.remoteTimeOffId(),
        row.bookedDays(),
        row.attempts() + 1,
        at,
        row.revisit(),
        row.updatedAt());
  }

  /** {@code 2026-11-24:8 2026-11-25:4}. */
  static String days(List<TimeOffDay> days) {
    return days.stream().map(d -> d.day() + ":" + d.hours()).collect(Collectors.joining(" "));
  }

  static List<TimeOffDay> days(String text) {
    List<TimeOffDay> days = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return days;
    }
    for (String part : text.trim().split("\\s+")) {
      String[] dayHours = part.split(":");
      days.add(new TimeOffDay(LocalDate.parse(dayHours[0]), Integer.parseInt(dayHours[1])));
    }
    return days;
  }
}
