package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.ServiceUser;
import dev.bobsync.hibob.AccessReport.Outcome;
import dev.bobsync.store.Integration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of a generated company (40 people, seed 7, as of 22 November 2026) against the HiBob
 * emulator, for a handful of people checked by hand from what the emulator holds (its control API's
 * unfiltered employee): pay periods, part time, raises, leavers, future hires.
 */
class GeneratedCompanyTest {
  @TempDir Path dir;
  CompensationHarness h;
  Map<String, Map<String, String>> rows;
  Integration generated;

  @BeforeEach
  void export() {
    h = new CompensationHarness(dir, HibobCompany.generate(40, 7, LocalDate.of(2026, 11, 22)));
    ServiceUser user = h.hibob.serviceUser();
    CompensationSetup.Connected c =
        h.connect(
            "generated",
            user.id(),
            user.token(),
            CompensationProfile.defaults().withSalaryHistory(true));
    assertThat(c.report().outcome()).isEqualTo(Outcome.OK);
    generated = c.integration();
    rows = new LinkedHashMap<>();
    ExportFiles.csv(h.export(generated, Format.CSV, false)).forEach(r -> rows.put(r.get("id"), r));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void everyoneIsExportedLeaversIncluded() {
    assertThat(rows).hasSize(40);
    assertThat(rows.values().stream().filter(r -> r.get("status").equals("terminated")))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("termination_date")).isNotEmpty());
    assertThat(rows.values()).allSatisfy(r -> assertThat(r.get("notes")).isEmpty());
  }

  @Test
  void aMonthlyPaidManagerWithARaise() {
    // Pietro Ferreira, São Paulo: 9684 BRL a month from 2022-11-16, 10760 a year later;
    // 10760 x 12 = 129120.
    assertThat(rows.get("3539206360307311990"))
        .containsEntry("first_name", "Pietro")
        .containsEntry("job_title", "Engineering Manager")
        .containsEntry("department", "R&D")
        .containsEntry("country", "Brazil")
        .containsEntry("base_salary", "10760")
        .containsEntry("currency", "BRL")
        .containsEntry("pay_period", "Monthly")
        .containsEntry("annual_base_salary", "129120")
        .containsEntry("annual_base_salary_fte", "129120")
        .containsEntry("tenure_years", "4.0")
        .containsEntry(
            "salary_history", "2022-11-16 9684 BRL Monthly; 2023-11-16 10760 BRL Monthly");
  }

  @Test
  void anHourlyFutureHire() {
    // Shantel Koch, San Francisco, starts 2027-01-30: 41.75 USD an hour, 40 hours a week:
    // 41.75 x 40 x 52 = 86840; bonus 8684.
    assertThat(rows.get("3946348458811625441"))
        .containsEntry("base_salary", "41.75")
        .containsEntry("pay_period", "Hourly")
        .containsEntry("pay_frequency", "Weekly")
        .containsEntry("weekly_hours", "40")
        .containsEntry("annual_base_salary", "86840")
        .containsEntry("variable:Bonus", "8684")
        .containsEntry("status", "active")
        .containsEntry("lifecycle_status", "hired")
        .containsEntry("tenure_years", "");
  }

  @Test
  void partTimePeopleGetAFullTimeFigureBeside() {
    // Frederico Muniz: 4090 BRL a month at 50 %: 49080 a year, 98160 at full time.
    assertThat(rows.get("3948176299824386780"))
        .containsEntry("employment_type", "Part-time")
        .containsEntry("fte_percent", "50")
        .containsEntry("weekly_hours", "22")
        .containsEntry("annual_base_salary", "49080")
        .containsEntry("annual_base_salary_fte", "98160");
    // Lucy Kutzner: 31500 EUR a year at 50 % (28350 before her raise): 63000 at full time.
    assertThat(rows.get("3424331844278253006"))
        .containsEntry("annual_base_salary", "31500")
        .containsEntry("annual_base_salary_fte", "63000")
        .containsEntry("age_band", "25-34");
  }

  @Test
  void leaversKeepTheirDatesAndThePayOfTheirLastDay() {
    // Carolee Pouros left on 2024-12-10 after 3.65 years.
    assertThat(rows.get("3094151087345349662"))
        .containsEntry("status", "terminated")
        .containsEntry("termination_date", "2024-12-10")
        .containsEntry("termination_reason", "Resignation")
        .containsEntry("tenure_years", "3.7")
        .containsEntry("annual_base_salary", "86500");
    // Olivia Barela left on 2019-01-24, before the raise her table shows for 2019-03-15: the
    // export gives the 13050 she was paid when she left, at 50 %.
    assertThat(rows.get("3696349237000761195"))
        .containsEntry("termination_date", "2019-01-24")
        .containsEntry("base_salary", "13050")
        .containsEntry("annual_base_salary", "13050")
        .containsEntry("annual_base_salary_fte", "26100");
  }

  @Test
  void theDatasetFeedsThePageFigures() {
    Insights i = h.app.compensation().insights(h.fresh(generated), 12);
    assertThat(i.months()).hasSize(12);
    assertThat(i.months().get(11).headcount())
        .isEqualTo(
            (int)
                rows.values().stream()
                    .filter(
                        r ->
                            r.get("status").equals("active")
                                && LocalDate.parse(r.get("start_date"))
                                    .isBefore(LocalDate.of(2026, 11, 23)))
                    .count());
    assertThat(i.payByDepartment())
        .allSatisfy(
            p -> assertThat(p.withheld()).isEqualTo(p.people() < CompensationInsights.MIN_GROUP));
    assertThat(List.of(i.genderOn())).containsExactly(true);
  }
}
