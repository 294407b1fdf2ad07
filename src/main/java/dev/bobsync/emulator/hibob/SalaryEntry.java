package dev.bobsync.emulator.hibob;

import java.time.LocalDate;

/** One row of an employee's salary history table. */
record SalaryEntry(
    long id,
    LocalDate effectiveDate,
    Number base,
    String currency,
    String payPeriod,
    String payFrequency,
    String reason,
    LocalDate creationDate) {
  SalaryEntry withId(long newId) {
    return new SalaryEntry(
        newId, effectiveDate, base, currency, payPeriod, payFrequency, reason, creationDate);
  }
}
