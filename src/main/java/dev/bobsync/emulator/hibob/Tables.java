package dev.bobsync.emulator.hibob;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The work and salary history tables of every employee. Immutable. */
final class Tables {
  private final Map<String, List<WorkEntry>> work;
  private final Map<String, List<SalaryEntry>> salaries;
  private final long nextEntryId;

  Tables(
      Map<String, List<WorkEntry>> work,
      Map<String, List<SalaryEntry>> salaries,
      long nextEntryId) {
    this.work = Collections.unmodifiableMap(new HashMap<>(work));
    this.salaries = Collections.unmodifiableMap(new HashMap<>(salaries));
    this.nextEntryId = nextEntryId;
  }

  List<WorkEntry> work(String employeeId) {
    return work.getOrDefault(employeeId, List.of());
  }

  List<SalaryEntry> salaries(String employeeId) {
    return salaries.getOrDefault(employeeId, List.of());
  }

  long nextEntryId() {
    return nextEntryId;
  }

  /** A copy with one more work row, numbered here. */
  Tables plusWork(String employeeId, WorkEntry entry) {
    Map<String, List<WorkEntry>> next = new HashMap<>(work);
    next.put(employeeId, appended(work(employeeId), entry.withId(nextEntryId)));
    return new Tables(next, salaries, nextEntryId + 1);
  }

  /** A copy with one more salary row, numbered here. */
  Tables plusSalary(String employeeId, SalaryEntry entry) {
    Map<String, List<SalaryEntry>> next = new HashMap<>(salaries);
    next.put(employeeId, appended(salaries(employeeId), entry.withId(nextEntryId)));
    return new Tables(work, next, nextEntryId + 1);
  }

  private static <T> List<T> appended(List<T> rows, T row) {
    List<T> next = new ArrayList<>(rows);
    next.add(row);
    return List.copyOf(next);
  }
}
