package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.Integration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule V3: an anonymous export holds no name, e-mail or birth date anywhere, in any format; the
 * test scans the bytes (an XLSX file unzipped entry by entry).
 */
class AnonymousExportTest {
  @TempDir Path dir;
  CompensationHarness h;
  Integration globex;

  /** What must never appear: every name, e-mail, birth date (ISO and as HiBob shows it) and id. */
  static final List<String> FORBIDDEN = new ArrayList<>();

  static {
    for (String name :
        List.of(
            "Ana",
            "Lima",
            "Seán",
            "O'Brien",
            "美咲",
            "佐藤",
            "Hank",
            "Hill",
            "Nora",
            "Nocurrency",
            "Fred",
            "Fenwick",
            "Holly",
            "Hadley",
            "Park",
            "Una",
            "Undated",
            "Fay",
            "Future")) {
      FORBIDDEN.add(name);
    }
    FORBIDDEN.add("@globex.example");
    FORBIDDEN.add("ana.lima");
    for (String birth :
        List.of(
            "1985-05-01", "1990-02-10", "1996-08-20", "1970-01-15", "1988-12-01", "2001-07-07")) {
      LocalDate d = LocalDate.parse(birth);
      FORBIDDEN.add(birth);
      FORBIDDEN.add(d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      FORBIDDEN.add(d.format(DateTimeFormatter.ofPattern("yyyyMMdd")));
    }
    for (int id = 5001; id <= 5010; id++) {
      FORBIDDEN.add(String.valueOf(id));
    }
  }

  @BeforeEach
  void start() {
    h = new CompensationHarness(dir);
    globex =
        h.globex(
            CompensationProfile.defaults()
                .withSalaryHistory(true)
                .withCustomFields(
                    List.of(
                        TestPlans.chosen(TestPlans.BONUS_TARGET, "Bonus target %"),
                        TestPlans.chosen(TestPlans.BUDDY, "Buddy"))));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static void assertNoPersonalData(String format, byte[] bytes) {
    assertNoPersonalData(format, new String(bytes, StandardCharsets.UTF_8));
  }

  private static void assertNoPersonalData(String format, String text) {
    for (String s : FORBIDDEN) {
      assertThat(text).as(format + " must not contain \"" + s + "\"").doesNotContain(s);
    }
  }

  @Test
  void V3_anonymousExportsHoldNoNameEmailOrBirthDateInAnyFormat() {
    assertNoPersonalData("CSV", h.export(globex, Format.CSV, true));
    assertNoPersonalData("JSON lines", h.export(globex, Format.JSON, true));
    assertNoPersonalData("XLSX", ExportFiles.unzippedText(h.export(globex, Format.XLSX, true)));
  }

  @Test
  void V3_theScanWouldFindThemInANamedExport() {
    String text = ExportFiles.unzippedText(h.export(globex, Format.XLSX, false));
    assertThat(text).contains("Lima", "ana.lima@globex.example", "佐藤", "O'Brien", "Seán");
  }

  @Test
  void V3_anAnonymousProfileMakesEveryExportAnonymous() {
    h.app
        .compensation()
        .settings()
        .save(globex, h.app.compensation().settings().read(h.fresh(globex)).withAnonymous(true));
    assertNoPersonalData("CSV", h.export(globex, Format.CSV, false));
  }

  @Test
  void V3_pseudonymsAreStableAcrossExportsAndKeepTheRestOfTheRow() {
    List<Map<String, String>> first = ExportFiles.csv(h.export(globex, Format.CSV, true));
    List<Map<String, String>> second = ExportFiles.csv(h.export(globex, Format.CSV, true));
    assertThat(first).extracting(r -> r.get("id")).allMatch(id -> id.startsWith("anon-"));
    assertThat(first).extracting(r -> r.get("id")).doesNotHaveDuplicates();
    assertThat(second)
        .extracting(r -> r.get("id"))
        .isEqualTo(first.stream().map(r -> r.get("id")).toList());
    assertThat(ExportFiles.csvHeader(h.export(globex, Format.CSV, true)))
        .doesNotContain("first_name", "last_name", "email", "employee_id", "date_of_birth")
        .contains("age_band", "gender", "annual_base_salary")
        .doesNotContain("custom:" + TestPlans.BUDDY);
    assertThat(first)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("annual_base_salary", "3600000")
                    .containsEntry("age_band", "25-34"));
  }
}
