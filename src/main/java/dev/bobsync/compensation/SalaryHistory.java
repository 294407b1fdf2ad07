package dev.bobsync.compensation;

import dev.bobsync.hibob.SalaryRow;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Reading a person's salary table: the row in force, and a one-cell summary for CSV and XLSX. */
public final class SalaryHistory {
  private SalaryHistory() {}

  /**
   * The row in force on {@code today}: the one HiBob marks current, else the latest that has
   * started; {@code null} for an empty table.
   */
  public static SalaryRow current(List<SalaryRow> rows, LocalDate today) {
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    SalaryRow latest = null;
    for (SalaryRow r : rows) {
      if (r.current()) {
        return r;
      }
      boolean started = r.effectiveDate() == null || !r.effectiveDate().isAfter(today);
      if (started
          && (latest == null
              || latest.effectiveDate() == null
              || (r.effectiveDate() != null
                  && !r.effectiveDate().isBefore(latest.effectiveDate())))) {
        latest = r;
      }
    }
    return latest;
  }

  /** "2024-06-03 250000 JPY Monthly; 2025-06-01 300000 JPY Monthly". */
  public static String summary(List<SalaryRow> rows) {
    return rows.stream().map(SalaryHistory::summary).collect(Collectors.joining("; "));
  }

  private static String summary(SalaryRow r) {
    StringBuilder s = new StringBuilder(r.effectiveDate() == null ? "?" : r.effectiveDate() + "");
    s.append(' ').append(r.base() == null ? "?" : Annualizer.round(r.base()).toPlainString());
    if (r.currency() != null) {
      s.append(' ').append(r.currency());
    }
    if (r.payPeriod() != null) {
      s.append(' ').append(r.payPeriod());
    }
    return s.toString();
  }
}
