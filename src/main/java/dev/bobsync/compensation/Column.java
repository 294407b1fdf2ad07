package dev.bobsync.compensation;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of the export: its name (the same in CSV, XLSX and JSON lines), what it holds, and how
 * to read it from a row. Values are {@code String}, {@code BigDecimal}, {@code LocalDate}, or a
 * list (salary history, notes).
 */
public record Column(
    String name, Kind kind, String description, Function<CompensationRow, Object> value) {

  /** How a value is written. */
  public enum Kind {
    TEXT,
    NUMBER,
    DATE,
    /** A list of salary rows: an array in JSON, a summary in a cell. */
    HISTORY,
    /** A list of notes: an array in JSON, joined with "; " in a cell. */
    NOTES
  }

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }

  /** This column's value in {@code row}; {@code null} when empty. */
  public Object of(CompensationRow row) {
    return value.apply(row);
  }
}
