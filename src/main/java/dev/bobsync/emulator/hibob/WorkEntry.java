package dev.bobsync.emulator.hibob;

import java.time.LocalDate;

/** One row of an employee's work history table; list values are item ids. */
record WorkEntry(
    long id,
    LocalDate effectiveDate,
    String title,
    String department,
    String site,
    String reportsTo,
    LocalDate creationDate) {
  WorkEntry withId(long newId) {
    return new WorkEntry(newId, effectiveDate, title, department, site, reportsTo, creationDate);
  }
}
