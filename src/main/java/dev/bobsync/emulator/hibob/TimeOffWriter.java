package dev.bobsync.emulator.hibob;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates time off for active people over the last months: every status, approvals that came
 * later, cancellations, deletions and changed requests, all before the generator's day.
 */
final class TimeOffWriter {
  /** What happens to a request after it is filed, with how often it happens. */
  private enum Fate {
    APPROVED_AT_ONCE(30),
    APPROVED_LATER(25),
    PENDING(15),
    DECLINED(8),
    CANCELED(10),
    DELETED(5),
    CHANGED(7);

    final int weight;

    Fate(int weight) {
      this.weight = weight;
    }
  }

  private final SplittableRandom random;
  private final LocalDate today;

  TimeOffWriter(SplittableRandom random, LocalDate today) {
    this.random = random;
    this.today = today;
  }

  /** About one request per three people, and at least one of every fate. */
  void write(CompanyBuilder b, List<String> employeeIds) {
    if (employeeIds.isEmpty()) {
      return;
    }
    Instant latest = today.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(60);
    int count = Math.max(Fate.values().length, Math.round(employeeIds.size() * 0.35f));
    TimeOffBook.Editor book = b.timeOff();
    for (int k = 0; k < count; k++) {
      Fate fate = k < Fate.values().length ? Fate.values()[k] : weightedFate();
      String employee = employeeIds.get(random.nextInt(employeeIds.size()));
      Instant created =
          latest
              .minus(Duration.ofDays(1 + random.nextInt(170)))
              .minus(Duration.ofMinutes(random.nextInt(10 * 60)));
      boolean approvedFirst =
          fate != Fate.APPROVED_LATER && fate != Fate.PENDING && fate != Fate.DECLINED;
      TimeOffDraft draft = draft(employee, created, approvedFirst ? "approved" : "pending");
      long id = book.create(draft, 0, created, null).request().requestId();
      Instant later = min(created.plus(Duration.ofHours(1 + random.nextInt(72))), latest);
      switch (fate) {
        case APPROVED_LATER -> book.setStatus(id, "approved", later);
        case DECLINED -> book.setStatus(id, "declined", later);
        case CANCELED -> book.setStatus(id, "canceled", later);
        case DELETED -> book.delete(id, later);
        case CHANGED -> {
          int shift = 1 + random.nextInt(5);
          book.changeDates(
              id,
              draft.withDates(
                  draft.startDate().plusDays(shift),
                  draft.startDatePortion(),
                  draft.endDate().plusDays(shift),
                  draft.endDatePortion(),
                  draft.hours()),
              later);
        }
        default -> {}
      }
    }
  }

  private TimeOffDraft draft(String employee, Instant created, String status) {
    LocalDate filed = LocalDate.ofInstant(created, ZoneOffset.UTC);
    int p = random.nextInt(100);
    String policy = p < 75 ? "Holiday" : p < 90 ? "Sick" : "Personal day";
    LocalDate start =
        policy.equals("Sick")
            ? filed.minusDays(random.nextInt(3))
            : filed.plusDays(3 + random.nextInt(60));
    if (random.nextInt(10) == 0) {
      double hours = List.of(2.0, 3.5, 4.0, 6.0).get(random.nextInt(4));
      return new TimeOffDraft(employee, policy, status, start, null, start, null, hours);
    }
    LocalDate end = start.plusDays(random.nextInt(10));
    boolean halfDay = random.nextInt(10) == 0;
    String startPortion = halfDay ? (random.nextBoolean() ? "morning" : "afternoon") : "all_day";
    String endPortion = halfDay && !end.equals(start) ? "morning" : startPortion;
    if (end.equals(start)) {
      endPortion = startPortion;
    }
    return new TimeOffDraft(employee, policy, status, start, startPortion, end, endPortion, null);
  }

  private Fate weightedFate() {
    int total = 0;
    for (Fate f : Fate.values()) {
      total += f.weight;
    }
    int pick = random.nextInt(total);
    for (Fate f : Fate.values()) {
      pick -= f.weight;
      if (pick < 0) {
        return f;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
