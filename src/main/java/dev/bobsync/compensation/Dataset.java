package dev.bobsync.compensation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everyone's compensation data as of one day, leavers included, with the columns to write and what
 * reading HiBob found (rules V1-V5).
 *
 * @param asOf the day tenure and age bands are computed for
 */
public record Dataset(
    List<Column> columns,
    List<CompensationRow> rows,
    CompensationReport report,
    LocalDate asOf,
    boolean anonymous) {

  public Dataset {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(asOf, "asOf");
  }

  /** How many rows have at least one note. */
  public long rowsWithNotes() {
    return rows.stream().filter(r -> !r.notes().isEmpty()).count();
  }

  /** How many rows are leavers. */
  public long leavers() {
    return rows.stream().filter(r -> r.lifecycle().leaver()).count();
  }
}
