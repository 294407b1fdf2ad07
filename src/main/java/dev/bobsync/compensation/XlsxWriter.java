package dev.bobsync.compensation;

import dev.bobsync.hibob.SalaryRow;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook for HR people (fastexcel): "People" with one row per person, numbers as numbers and
 * dates as dates; "Salary history" when the table was read; "Columns" saying what each holds.
 */
final class XlsxWriter implements DatasetWriter {
  private static final String DATE_FORMAT = "yyyy-mm-dd";

  @Override
  public void write(Dataset dataset, OutputStream out) throws IOException {
    Workbook wb = new Workbook(new NonClosing(out), "bobsync", "1.0");
    people(wb.newWorksheet("People"), dataset);
    boolean history = dataset.columns().stream().anyMatch(c -> c.kind() == Column.Kind.HISTORY);
    if (history) {
      history(wb.newWorksheet("Salary history"), dataset);
    }
    columns(wb.newWorksheet("Columns"), dataset.columns());
    wb.finish();
    out.flush();
  }

  private static void people(Worksheet ws, Dataset dataset) {
    List<Column> columns = dataset.columns();
    header(ws, columns.stream().map(Column::name).toList());
    int r = 1;
    for (CompensationRow row : dataset.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        cell(ws, r, c, column.kind(), column.of(row));
      }
      r++;
    }
    ws.freezePane(1, 1);
  }

  private static void history(Worksheet ws, Dataset dataset) {
    header(
        ws,
        List.of(
            "id",
            "effective_date",
            "base_salary",
            "currency",
            "pay_period",
            "pay_frequency",
            "reason"));
    int r = 1;
    for (CompensationRow row : dataset.rows()) {
      for (SalaryRow s : row.history()) {
        text(ws, r, 0, row.id());
        date(ws, r, 1, s.effectiveDate());
        if (s.base() != null) {
          ws.value(r, 2, s.base());
        }
        text(ws, r, 3, s.currency());
        text(ws, r, 4, s.payPeriod());
        text(ws, r, 5, s.payFrequency());
        text(ws, r, 6, s.reason());
        r++;
      }
    }
  }

  private static void columns(Worksheet ws, List<Column> columns) {
    header(ws, List.of("column", "holds"));
    for (int i = 0; i < columns.size(); i++) {
      text(ws, i + 1, 0, columns.get(i).name());
      text(ws, i + 1, 1, columns.get(i).description());
    }
  }

  private static void header(Worksheet ws, List<String> names) {
    for (int c = 0; c < names.size(); c++) {
      ws.value(0, c, names.get(c));
      ws.style(0, c).bold().set();
    }
  }

  private static void cell(Worksheet ws, int r, int c, Column.Kind kind, Object v) {
    if (v == null) {
      return;
    }
    switch (kind) {
      case NUMBER -> ws.value(r, c, (BigDecimal) v);
      case DATE -> date(ws, r, c, (LocalDate) v);
      default -> text(ws, r, c, Cells.text(kind, v));
    }
  }

  private static void text(Worksheet ws, int r, int c, String s) {
    if (s != null && !s.isEmpty()) {
      ws.value(r, c, s);
    }
  }

  private static void date(Worksheet ws, int r, int c, LocalDate d) {
    if (d != null) {
      ws.value(r, c, d);
      ws.style(r, c).format(DATE_FORMAT).set();
    }
  }

  /** fastexcel closes its stream when it finishes; the caller owns it. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
