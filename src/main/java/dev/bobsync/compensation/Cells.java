package dev.bobsync.compensation;

import dev.bobsync.hibob.SalaryRow;
import java.math.BigDecimal;
import java.util.List;

/** A value as one cell's text: plain decimals, ISO dates, lists summarized. */
final class Cells {
  private Cells() {}

  /** The text of {@code value} in a column of {@code kind}; empty for none. */
  @SuppressWarnings("unchecked")
  static String text(Column.Kind kind, Object value) {
    if (value == null) {
      return "";
    }
    return switch (kind) {
      case HISTORY -> SalaryHistory.summary((List<SalaryRow>) value);
      case NOTES -> String.join("; ", (List<String>) value);
      case NUMBER -> ((BigDecimal) value).toPlainString();
      default -> value.toString();
    };
  }
}
