package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.store.Integration;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three formats hold the same columns: CSV text, XLSX typed cells, JSON lines typed values. */
class ExportFormatsTest {
  @TempDir Path dir;
  CompensationHarness h;
  Integration globex;

  @BeforeEach
  void start() {
    h = new CompensationHarness(dir);
    globex = h.globex(CompensationProfile.defaults().withSalaryHistory(true));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void xlsxHasThePeopleTypedTheSalaryHistoryAndTheColumnsExplained() {
    byte[] xlsx = h.export(globex, Format.XLSX, false);
    assertThat(ExportFiles.sheetNames(xlsx)).containsExactly("People", "Salary history", "Columns");
    List<Row> people = ExportFiles.xlsx(xlsx, "People");
    List<String> header = people.get(0).stream().map(c -> c == null ? null : c.asString()).toList();
    assertThat(header).isEqualTo(ExportFiles.csvHeader(h.export(globex, Format.CSV, false)));
    assertThat(people).hasSize(11);
    Row mei =
        people.stream().filter(r -> "5003".equals(r.getCellText(0))).findFirst().orElseThrow();
    int annual = header.indexOf("annual_base_salary");
    int start = header.indexOf("start_date");
    assertThat(mei.getCell(annual).getType()).isEqualTo(CellType.NUMBER);
    assertThat(mei.getCellAsNumber(annual)).contains(new BigDecimal("3600000"));
    assertThat(mei.getCellAsDate(start)).contains(LocalDateTime.of(2024, 6, 3, 0, 0));
    assertThat(mei.getCellText(header.indexOf("last_name"))).isEqualTo("佐藤");

    List<Row> history = ExportFiles.xlsx(xlsx, "Salary history");
    assertThat(history.stream().filter(r -> "5003".equals(r.getCellText(0))))
        .extracting(r -> r.getCellAsNumber(2).orElseThrow().intValue())
        .containsExactly(250000, 300000);
    List<Row> columns = ExportFiles.xlsx(xlsx, "Columns");
    assertThat(columns.get(1).getCellText(0)).isEqualTo("id");
    assertThat(columns).hasSize(header.size() + 1);
  }

  @Test
  void jsonLinesHaveOneObjectPerPersonWithNumbersAndArrays() {
    List<JsonNode> rows = ExportFiles.jsonLines(h.export(globex, Format.JSON, false));
    assertThat(rows).hasSize(10);
    JsonNode mei =
        rows.stream().filter(r -> r.get("id").asText().equals("5003")).findFirst().orElseThrow();
    assertThat(mei.get("annual_base_salary").isNumber()).isTrue();
    assertThat(mei.get("annual_base_salary").decimalValue()).isEqualByComparingTo("3600000");
    assertThat(mei.get("salary_history")).hasSize(2);
    assertThat(mei.at("/salary_history/1/base_salary").asInt()).isEqualTo(300000);
    assertThat(mei.at("/salary_history/1/effective_date").asText()).isEqualTo("2025-06-01");
    assertThat(mei.get("notes").isArray()).isTrue();
    assertThat(mei.get("termination_date").isNull()).isTrue();
    JsonNode fred =
        rows.stream().filter(r -> r.get("id").asText().equals("5006")).findFirst().orElseThrow();
    assertThat(fred.get("notes").get(0).asText()).contains("Fortnightly");
  }

  @Test
  void withoutSalaryHistoryThereIsNoHistoryColumnOrSheet() {
    h.app.compensation().settings().save(globex, CompensationProfile.defaults());
    h.hibob.resetStats();
    byte[] xlsx = h.export(globex, Format.XLSX, false);
    assertThat(ExportFiles.sheetNames(xlsx)).containsExactly("People", "Columns");
    assertThat(h.hibob.stats().count("GET", "/v1/people/{id}/salaries")).isZero();
    assertThat(ExportFiles.csvHeader(h.export(globex, Format.CSV, false)))
        .doesNotContain("salary_history")
        .endsWith("notes");
  }

  @Test
  void formatsAreNamedAsTheCommandLineNamesThem() {
    assertThat(Format.parse("CSV")).isEqualTo(Format.CSV);
    assertThat(Format.parse("json")).isEqualTo(Format.JSON);
    assertThat(Format.parse("xlsx").contentType()).contains("spreadsheetml");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.parse("pdf"))
        .hasMessageContaining("csv, xlsx or json");
  }

  @Test
  void csvQuotesOnlyWhatNeedsIt() {
    assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
    assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.quote("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
  }

  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Pay rise\")";

  private void formulaNames() throws Exception {
    h.hibob
        .company()
        .patchEmployee(
            "5003",
            new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode()
                .put("firstName", FORMULA)
                .put("surname", "@SUM(1+1)"));
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreWrittenAsText() throws Exception {
    for (String s : List.of("=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(CsvWriter.safeText(s)).as(s).isEqualTo("\"'" + s + "\"");
    }
    assertThat(CsvWriter.safeText("Ana")).isEqualTo("Ana");
    assertThat(CsvWriter.safeText("O'Brien, Jr")).isEqualTo("\"O'Brien, Jr\"");
    formulaNames();

    List<java.util.Map<String, String>> rows = ExportFiles.csv(h.export(globex, Format.CSV, false));

    java.util.Map<String, String> mei =
        rows.stream().filter(r -> "5003".equals(r.get("id"))).findFirst().orElseThrow();
    assertThat(mei.get("first_name")).isEqualTo("'" + FORMULA);
    assertThat(mei.get("last_name")).isEqualTo("'@SUM(1+1)");
  }

  @Test
  void xlsxKeepsFormulaLikeValuesAsText() throws Exception {
    formulaNames();

    List<Row> people = ExportFiles.xlsx(h.export(globex, Format.XLSX, false), "People");

    List<String> header = people.get(0).stream().map(c -> c == null ? null : c.asString()).toList();
    Row mei =
        people.stream().filter(r -> "5003".equals(r.getCellText(0))).findFirst().orElseThrow();
    int first = header.indexOf("first_name");
    assertThat(mei.getCell(first).getType()).isEqualTo(CellType.STRING);
    assertThat(mei.getCellText(first)).isEqualTo(FORMULA);
    assertThat(mei.getCell(header.indexOf("last_name")).getType()).isEqualTo(CellType.STRING);
  }
}
