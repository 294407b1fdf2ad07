package dev.bobsync.compensation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 says: a header, CRLF after every record, quotes only where needed. A text cell
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) gets a
 * leading {@code '} and quotes, as OWASP's CSV-injection advice says; numbers and dates stay as
 * they are.
 */
final class CsvWriter implements DatasetWriter {
  @Override
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<Column> columns = dataset.columns();
    for (int i = 0; i < columns.size(); i++) {
      field(w, i, quote(columns.get(i).name()));
    }
    w.write("\r\n");
    for (CompensationRow row : dataset.rows()) {
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        String text = Cells.text(c.kind(), c.of(row));
        boolean typed = c.kind() == Column.Kind.NUMBER || c.kind() == Column.Kind.DATE;
        field(w, i, typed ? quote(text) : safeText(text));
      }
      w.write("\r\n");
    }
    w.flush();
  }

  private static void field(Writer w, int index, String value) throws IOException {
    if (index > 0) {
      w.write(',');
    }
    w.write(value);
  }

  /** A text cell no spreadsheet runs: a formula-like value is prefixed with ' and quoted. */
  static String safeText(String value) {
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return '"' + ("'" + value).replace("\"", "\"\"") + '"';
    }
    return quote(value);
  }

  /** The value, in double quotes (inner ones doubled) when it holds a comma, quote or line end. */
  static String quote(String value) {
    boolean needs =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
