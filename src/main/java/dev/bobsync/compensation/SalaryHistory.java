package dev.bobsync.compensation;

import dev.bobsync.hibob.SalaryRow;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Reading a person's salary table: the row in force, and a one-cell summary for CSV and XLSX. */
public final class SalaryHistory {
  private SalaryHistory() {}

  /**
   * The row in force on {@code day}: the latest that had started by then; when none had, the one
   * HiBob marks current, else the first. {@code null} for an empty table.
   */
  public static SalaryRow current(List<SalaryRow> rows, LocalDate day) {
    if (rows == null || rows.isEmpty()) {
      return null;
    }
    SalaryRow latest = null;
    for (SalaryRow r : rows) {
      LocalDate d = r.effectiveDate();
      if (d != null && !d.isAfter(day) && (latest == null || !d.isBefore(latest.effectiveDate()))) {
        latest = r;
      }
    }
    if (latest != null) {
      return latest;
    }
    return rows.stream().filter(SalaryRow::current).findFirst().orElse(rows.get(0));
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
