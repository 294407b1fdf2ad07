package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.compensation.CompensationRow.Demographics;
import dev.bobsync.compensation.CompensationRow.Job;
import dev.bobsync.compensation.CompensationRow.Lifecycle;
import dev.bobsync.hibob.AccessReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin page's figures: counts by month, pay ranges, gender gap; no figure under 5 people. */
class CompensationInsightsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final List<CompensationRow> rows = new ArrayList<>();

  private void person(
      String dept, String title, String gender, String annualFte, String start, String left) {
    boolean leaver = left != null;
    rows.add(
        new CompensationRow(
            "p" + rows.size(),
            null,
            new Job(title, dept, null, null, null, null, null, null, LocalDate.parse(start), null),
            new Lifecycle(
                leaver ? "terminated" : "active",
                null,
                left == null || left.equals("?") ? null : LocalDate.parse(left),
                null),
            new Salary(null, "EUR", null, null, null, new BigDecimal(annualFte), Map.of()),
            new Demographics(gender, null, null),
            Map.of(),
            Map.of(),
            List.of(),
            List.of()));
  }

  private Insights insights(boolean gender) {
    FieldPlan plan =
        TestPlans.plan(CompensationProfile.defaults().withGroups(false, gender, false), true);
    CompensationReport report =
        new CompensationReport(AccessReport.Outcome.OK, null, List.of(), rows.size(), 0, 2);
    return CompensationInsights.of(
        new Dataset(Columns.of(plan, false), rows, report, TODAY, true), 3);
  }

  @Test
  void headcountJoinersAndLeaversByMonthAddUpAndALeaverLeavesAtTheCloseOfTheirLastDay() {
    person("Eng", "Engineer", "Male", "60000", "2020-01-01", null);
    person("Eng", "Engineer", "Female", "60000", "2026-10-15", null);
    person("Eng", "Engineer", "Male", "60000", "2021-01-01", "2026-10-31");
    person("Eng", "Engineer", "Male", "60000", "2021-01-01", "?");
    person("Eng", "Engineer", "Male", "60000", "2027-01-04", null);
    Insights i = insights(false);
    assertThat(i.months())
        .containsExactly(
            new Insights.Month(YearMonth.of(2026, 9), 2, 0, 0, 2, LocalDate.of(2026, 9, 30), false),
            new Insights.Month(
                YearMonth.of(2026, 10), 2, 1, 1, 2, LocalDate.of(2026, 10, 31), false),
            new Insights.Month(YearMonth.of(2026, 11), 2, 0, 0, 2, TODAY, true));
    assertThat(i.undatedLeavers()).isEqualTo(1);
  }

  @Test
  void theCurrentMonthCountsOnlyUpToTodaySoAFutureStartIsNoJoinerYet() {
    person("Eng", "Engineer", "Male", "60000", "2020-01-01", null);
    person("Eng", "Engineer", "Female", "60000", "2026-11-02", null);
    person("Eng", "Engineer", "Female", "60000", "2026-11-30", null);
    person("Eng", "Engineer", "Male", "60000", "2020-01-01", "2026-11-28");
    person("Eng", "Engineer", "Male", "60000", "2020-01-01", "2026-11-10");
    Insights.Month november = insights(false).months().get(2);
    assertThat(november)
        .isEqualTo(new Insights.Month(YearMonth.of(2026, 11), 3, 1, 1, 3, TODAY, true));
  }

  @Test
  void someoneWhoJoinsAndLeavesInOneMonthIsAJoinerAndALeaver() {
    person("Eng", "Engineer", "Male", "60000", "2026-10-05", "2026-10-20");
    assertThat(insights(false).months().get(1))
        .isEqualTo(
            new Insights.Month(
                YearMonth.of(2026, 10), 0, 1, 1, 0, LocalDate.of(2026, 10, 31), false));
  }

  @Test
  void companyWideFiguresComeBesideTheGroups() {
    for (int k = 1; k <= 3; k++) {
      person("Eng", "Engineer", "Male", String.valueOf(50000 + k * 10000), "2020-01-01", null);
      person("Ops", "Operator", "Female", String.valueOf(40000 + k * 10000), "2020-01-01", null);
    }
    Insights i = insights(true);
    assertThat(i.payCompanyWide())
        .containsExactly(
            new Insights.PayRange(
                CompensationInsights.COMPANY,
                "EUR",
                6,
                new BigDecimal("60000"),
                new BigDecimal("65000"),
                new BigDecimal("70000"),
                false));
    assertThat(i.payByDepartment()).allSatisfy(p -> assertThat(p.withheld()).isTrue());
    assertThat(i.genderGapCompanyWide())
        .singleElement()
        .satisfies(g -> assertThat(g.withheld()).isTrue());
  }

  @Test
  void payRangesAreQuartilesOfActivePeopleAndWithheldUnderFive() {
    for (int k = 1; k <= 5; k++) {
      person("Eng", "Engineer", "Male", String.valueOf(50000 + k * 10000), "2020-01-01", null);
    }
    for (int k = 1; k <= 4; k++) {
      person("Sales", "Seller", "Female", "40000", "2020-01-01", null);
    }
    person("Sales", "Seller", "Female", "99999", "2020-01-01", "2026-01-01");
    Insights i = insights(false);
    assertThat(i.payByDepartment())
        .containsExactly(
            new Insights.PayRange(
                "Eng",
                "EUR",
                5,
                new BigDecimal("70000"),
                new BigDecimal("80000"),
                new BigDecimal("90000"),
                false),
            new Insights.PayRange("Sales", "EUR", 4, null, null, null, true));
    assertThat(i.payByTitle())
        .extracting(Insights.PayRange::group)
        .containsExactly("Engineer", "Seller");
    assertThat(i.genderOn()).isFalse();
    assertThat(i.genderGapByDepartment()).isEmpty();
  }

  @Test
  void genderPayGapNeedsFiveMenAndFiveWomen() {
    for (int k = 0; k < 5; k++) {
      person("Eng", "Engineer", "Male", "100000", "2020-01-01", null);
      person("Eng", "Engineer", "Female", "90000", "2020-01-01", null);
      person("Ops", "Operator", "Male", "50000", "2020-01-01", null);
    }
    person("Ops", "Operator", "Female", "50000", "2020-01-01", null);
    Insights i = insights(true);
    assertThat(i.genderGapByDepartment())
        .containsExactly(
            new Insights.GenderGap(
                "Eng",
                "EUR",
                5,
                5,
                new BigDecimal("100000"),
                new BigDecimal("90000"),
                new BigDecimal("10.0"),
                false),
            new Insights.GenderGap("Ops", "EUR", 5, 1, null, null, null, true));
  }

  @Test
  void percentilesInterpolateLikeSpreadsheets() {
    List<BigDecimal> v = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("4"));
    assertThat(CompensationInsights.percentile(v, 50)).isEqualByComparingTo("2");
    assertThat(CompensationInsights.percentile(v, 75)).isEqualByComparingTo("3");
  }
}
