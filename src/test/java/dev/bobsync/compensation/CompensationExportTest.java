package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of the fixture company (src/test/resources/compensation/hibob.json) against the HiBob
 * emulator: the hand-checked expectation, leavers (V1), and every bad input of the issue as a
 * per-row note with the rest exported.
 */
class CompensationExportTest {
  static final String DELETED = "payroll.custom.field_1690000000999";

  @TempDir Path dir;
  CompensationHarness h;
  Integration globex;

  @BeforeEach
  void start() {
    h = new CompensationHarness(dir);
    globex =
        h.globex(
            CompensationProfile.defaults()
                .withCustomFields(
                    List.of(
                        TestPlans.chosen(TestPlans.BONUS_TARGET, "Bonus target %"),
                        TestPlans.chosen(TestPlans.BENEFITS, "Benefits eligible"),
                        TestPlans.chosen(DELETED, "Stock plan"))));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private Map<String, Map<String, String>> csvById(CompensationProfile profile) {
    h.app.compensation().settings().save(globex, profile);
    List<Map<String, String>> rows = ExportFiles.csv(h.export(globex, Format.CSV, false));
    assertThat(rows).as("everyone is exported, leavers and bad data included").hasSize(10);
    Map<String, Map<String, String>> byId = new java.util.LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.get("id"), r));
    return byId;
  }

  private Map<String, Map<String, String>> csvById() {
    return csvById(h.app.compensation().settings().read(h.fresh(globex)));
  }

  @Test
  void V2_theExportMatchesTheHandCheckedExpectationForAHandfulOfPeople() {
    CompensationProfile withHistory =
        h.app.compensation().settings().read(h.fresh(globex)).withSalaryHistory(true);
    h.hibob.resetStats();
    Map<String, Map<String, String>> rows = csvById(withHistory);
    assertThat(h.hibob.stats().count("GET", "/v1/company/people/fields")).isEqualTo(1);
    assertThat(h.hibob.stats().count("POST", "/v1/people/search")).isEqualTo(1);
    assertThat(h.hibob.stats().count("GET", "/v1/bulk/people/salaries")).isEqualTo(1);
    assertThat(h.hibob.stats().count("GET", "/v1/people/{id}/salaries")).isZero();

    assertThat(rows.get("5001"))
        .containsEntry("first_name", "Ana")
        .containsEntry("last_name", "Lima")
        .containsEntry("email", "ana.lima@globex.example")
        .containsEntry("employee_id", "1")
        .containsEntry("job_title", "Head of Engineering")
        .containsEntry("department", "Engineering")
        .containsEntry("site", "Lisbon")
        .containsEntry("country", "Portugal")
        .containsEntry("employment_type", "Full-time")
        .containsEntry("contract_type", "Permanent")
        .containsEntry("fte_percent", "100")
        .containsEntry("weekly_hours", "40")
        .containsEntry("start_date", "2021-03-01")
        .containsEntry("tenure_years", "5.7")
        .containsEntry("status", "active")
        .containsEntry("base_salary", "90000")
        .containsEntry("currency", "EUR")
        .containsEntry("pay_period", "Annual")
        .containsEntry("pay_frequency", "Monthly")
        .containsEntry("annual_base_salary", "90000")
        .containsEntry("annual_base_salary_fte", "90000")
        .containsEntry("variable_pay", "9000")
        .containsEntry("variable:Bonus", "9000")
        .containsEntry("equity:" + TestPlans.SHARES, "1200")
        .containsEntry("gender", "Female")
        .containsEntry("date_of_birth", "1985-05-01")
        .containsEntry("age_band", "35-44")
        .containsEntry("custom:" + TestPlans.BONUS_TARGET, "20")
        .containsEntry("custom:" + TestPlans.BENEFITS, "true")
        .containsEntry("salary_history", "2021-03-01 90000 EUR Annual");
    // Mei: part time, paid monthly in yen; her salary table has a raise.
    assertThat(rows.get("5003"))
        .containsEntry("base_salary", "300000")
        .containsEntry("currency", "JPY")
        .containsEntry("pay_period", "Monthly")
        .containsEntry("annual_base_salary", "3600000")
        .containsEntry("fte_percent", "50")
        .containsEntry("annual_base_salary_fte", "7200000")
        .containsEntry("variable:Commission", "400000")
        .containsEntry(
            "salary_history", "2024-06-03 250000 JPY Monthly; 2025-06-01 300000 JPY Monthly")
        .containsEntry("age_band", "25-34");
    // Hank: hourly, 30 hours a week at 75 %: 45 x 30 x 52 = 70200, full time 93600.
    assertThat(rows.get("5004"))
        .containsEntry("base_salary", "45")
        .containsEntry("pay_period", "Hourly")
        .containsEntry("annual_base_salary", "70200")
        .containsEntry("annual_base_salary_fte", "93600")
        .containsEntry("tenure_years", "1.0")
        .containsEntry("age_band", "55-64");
    // Lee left on 30 September: terminated, with the date; tenure stops then.
    assertThat(rows.get("5008"))
        .containsEntry("status", "terminated")
        .containsEntry("lifecycle_status", "terminated")
        .containsEntry("termination_date", "2026-09-30")
        .containsEntry("termination_reason", "Resignation")
        .containsEntry("tenure_years", "4.6")
        .containsEntry("annual_base_salary", "70000")
        .containsEntry("currency", "GBP");
    // Fay starts in January: exported, no tenure yet.
    assertThat(rows.get("5010"))
        .containsEntry("status", "active")
        .containsEntry("tenure_years", "");
  }

  @Test
  void V1_leaversAreReportedAsTerminatedWithTheirDate() {
    Map<String, Map<String, String>> rows = csvById();
    assertThat(rows.values().stream().filter(r -> r.get("status").equals("terminated")))
        .extracting(r -> r.get("id"))
        .containsExactlyInAnyOrder("5008", "5009");
    assertThat(rows.get("5008").get("termination_date")).isEqualTo("2026-09-30");
  }

  @Test
  void V1_withoutLifecycleAccessRightsTheCheckSaysLeaversAreInvisible() {
    CompensationSetup.Connected c =
        h.connect("active", "SERVICE-ACTIVE", "active-token", CompensationProfile.defaults());
    assertThat(c.report().employees()).isEqualTo(8);
    assertThat(c.report().diagnostics())
        .anyMatch(
            d ->
                d.title().equals(Diagnostic.LEAVERS_NOT_VISIBLE)
                    && d.permissions().get(0).contains("Lifecycle status exists"));
  }

  @Test
  void badInput_salaryWithNoCurrency() {
    Map<String, String> nora = csvById().get("5005");
    assertThat(nora.get("notes"))
        .contains("salary has no currency in HiBob (payroll.salary.payment)");
    assertThat(nora)
        .containsEntry("currency", "")
        .containsEntry("annual_base_salary", "50000")
        .containsEntry("job_title", "Recruiter");
  }

  @Test
  void badInput_unknownPayPeriod() {
    Map<String, String> fred = csvById().get("5006");
    assertThat(fred.get("notes")).contains("unknown pay period \"Fortnightly\"");
    assertThat(fred)
        .containsEntry("pay_period", "Fortnightly")
        .containsEntry("base_salary", "")
        .containsEntry("annual_base_salary", "52000")
        .containsEntry("currency", "GBP");
  }

  @Test
  void badInput_hourlyPayWithNoWeeklyHours() {
    Map<String, String> holly = csvById().get("5007");
    assertThat(holly.get("notes"))
        .contains("hourly pay with no weekly hours (payroll.employment.weeklyHours)");
    assertThat(holly)
        .containsEntry("pay_period", "Hourly")
        .containsEntry("weekly_hours", "")
        .containsEntry("annual_base_salary", "62400");
  }

  @Test
  void badInput_payProblemsFromTheSalaryTableAreNotedToo() {
    CompensationProfile withHistory =
        h.app.compensation().settings().read(h.fresh(globex)).withSalaryHistory(true);
    Map<String, Map<String, String>> rows = csvById(withHistory);
    assertThat(rows.get("5006").get("notes")).contains("unknown pay period \"Fortnightly\"");
    assertThat(rows.get("5006").get("annual_base_salary")).isEmpty();
    assertThat(rows.get("5007").get("notes"))
        .contains("hourly pay with no weekly hours")
        .contains("cannot be annualized");
    assertThat(rows.get("5005").get("notes")).contains("salary has no currency");
  }

  @Test
  void badInput_aLeaverWithNoTerminationDate() {
    Map<String, String> una = csvById().get("5009");
    assertThat(una.get("notes"))
        .contains("left the company but HiBob has no termination date (internal.terminationDate)");
    assertThat(una)
        .containsEntry("status", "terminated")
        .containsEntry("termination_date", "")
        .containsEntry("annual_base_salary", "48000");
  }

  @Test
  void badInput_aCustomFieldThatWasDeletedInHibob() {
    Map<String, Map<String, String>> rows = csvById();
    assertThat(rows.values())
        .allSatisfy(
            r -> {
              assertThat(r.get("notes"))
                  .contains("custom field \"Stock plan\" (" + DELETED + ") no longer exists");
              assertThat(r).containsEntry("custom:" + DELETED, "");
            });
    assertThat(rows.get("5001")).containsEntry("custom:" + TestPlans.BONUS_TARGET, "20");
    assertThat(h.app.compensation().check(h.fresh(globex)).diagnostics())
        .anyMatch(d -> d.title().equals(Diagnostic.FIELD_DELETED));
  }

  @Test
  void badInput_namesWithCommasQuotesAndNewlinesInCsv() {
    byte[] csv = h.export(globex, Format.CSV, false);
    Map<String, String> sean =
        ExportFiles.csv(csv).stream()
            .filter(r -> r.get("id").equals("5002"))
            .findFirst()
            .orElseThrow();
    assertThat(sean)
        .containsEntry("first_name", "Seán \"Jack\"")
        .containsEntry("last_name", "O'Brien, Jr.\nof Cork")
        .containsEntry("annual_base_salary", "60000")
        .containsEntry("base_salary", "5000");
    String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains(",\"Seán \"\"Jack\"\"\",\"O'Brien, Jr.\nof Cork\",");
  }

  @Test
  void exportsAreRecordedAsRuns() {
    h.export(globex, Format.JSON, false);
    var run = h.store.runs().lastFinished(globex.id(), CompensationExport.RUN_KIND).orElseThrow();
    assertThat(run.state()).isEqualTo("partial");
    assertThat(run.countsJson()).contains("\"people\":10").contains("\"leavers\":2");
    assertThat(run.hibobCalls()).isEqualTo(2);
  }
}
