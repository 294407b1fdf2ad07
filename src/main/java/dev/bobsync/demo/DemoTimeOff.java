package dev.bobsync.demo;

import dev.bobsync.emulator.hibob.LiveCompany;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Time off the demo files in HiBob for people who are active in Remote, so that its first sync
 * books some and shows every other outcome: approved (booked), pending (waiting), declined
 * (skipped), a policy type without a Remote type or, in a company without one, a day of 10 hours
 * (failed), and one booked and then cancelled.
 */
final class DemoTimeOff {
  /** What one demo request is: its policy, the status it ends in, how many work days. */
  private record Script(String policy, String status, int days) {}

  private static final List<Script> SCRIPTS =
      List.of(
          new Script("Holiday", "approved", 3),
          new Script("Holiday", "approved", 5),
          new Script("Sick", "approved", 1),
          new Script("Holiday", "pending", 2),
          new Script("Holiday", "declined", 4),
          new Script("Personal day", "approved", 1),
          new Script("Holiday", "approved", 2),
          new Script("Holiday", "approved", 1));

  /** The request to cancel after the first sync: an approved one, booked by then. */
  private static final int TO_CANCEL = 6;

  private final List<Long> filed = new ArrayList<>();

  /**
   * Files the scripts' requests, one a week from next week, for the people of {@code
   * activeInRemote} in turn (a person may get several when there are few).
   */
  void file(LiveCompany hibob, List<String> activeInRemote, LocalDate today) {
    if (activeInRemote.isEmpty()) {
      return;
    }
    LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    for (int k = 0; k < SCRIPTS.size(); k++) {
      Script s = SCRIPTS.get(k);
      String person = activeInRemote.get(k % activeInRemote.size());
      LocalDate start = monday.plusWeeks(1L + k);
      boolean later = s.status().equals("declined");
      String status = later ? "pending" : s.status();
      long id;
      try {
        id =
            hibob.addTimeOffRequest(
                new TimeOffDraft(
                    person,
                    s.policy(),
                    status,
                    start,
                    "all_day",
                    start.plusDays(s.days() - 1L),
                    "all_day",
                    null));
      } catch (IllegalArgumentException policyTheCompanyHasNot) {
        // a company without that policy type: 10 hours on one day, more than bobsync books
        id =
            hibob.addTimeOffRequest(
                new TimeOffDraft(person, "Holiday", status, start, null, start, null, 10.0));
      }
      if (later) {
        hibob.setTimeOffStatus(id, s.status());
      }
      filed.add(id);
    }
  }

  /** The approved request to cancel after it was booked, if it was filed. */
  Optional<Long> toCancel() {
    return filed.size() > TO_CANCEL ? Optional.of(filed.get(TO_CANCEL)) : Optional.empty();
  }
}
