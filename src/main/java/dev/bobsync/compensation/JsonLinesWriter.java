package dev.bobsync.compensation;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.bobsync.hibob.SalaryRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/** JSON lines: one object per person, every column's key present, numbers as JSON numbers. */
final class JsonLinesWriter implements DatasetWriter {
  private final JsonFactory factory = new JsonFactory();

  @Override
  @SuppressWarnings("unchecked")
  public void write(Dataset dataset, OutputStream out) throws IOException {
    JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    for (CompensationRow row : dataset.rows()) {
      g.writeStartObject();
      for (Column c : dataset.columns()) {
        g.writeFieldName(c.name());
        Object v = c.of(row);
        if (v == null) {
          g.writeNull();
          continue;
        }
        switch (c.kind()) {
          case NUMBER -> g.writeNumber((BigDecimal) v);
          case HISTORY -> history(g, (List<SalaryRow>) v);
          case NOTES -> {
            g.writeStartArray();
            for (String note : (List<String>) v) {
              g.writeString(note);
            }
            g.writeEndArray();
          }
          default -> g.writeString(v.toString());
        }
      }
      g.writeEndObject();
      g.flush();
      out.write('\n');
    }
    g.flush();
  }

  private static void history(JsonGenerator g, List<SalaryRow> rows) throws IOException {
    g.writeStartArray();
    for (SalaryRow r : rows) {
      g.writeStartObject();
      g.writeStringField(
          "effective_date", r.effectiveDate() == null ? null : r.effectiveDate().toString());
      if (r.base() == null) {
        g.writeNullField("base_salary");
      } else {
        g.writeNumberField("base_salary", r.base());
      }
      g.writeStringField("currency", r.currency());
      g.writeStringField("pay_period", r.payPeriod());
      g.writeStringField("pay_frequency", r.payFrequency());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
