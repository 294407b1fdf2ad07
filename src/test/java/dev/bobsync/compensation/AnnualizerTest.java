package dev.bobsync.compensation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule V2: the annualized base salary and its full-time equivalent; bad input becomes notes. */
class AnnualizerTest {
  private final List<String> notes = new ArrayList<>();

  private Salary fromTable(String base, String currency, String period, String hours, String fte) {
    return Annualizer.salary(
        new Annualizer.Input(dec(base), null, currency, period, "Monthly", dec(hours), dec(fte)),
        Map.of(),
        notes);
  }

  private Salary fromSearch(String yearly, String currency, String period, String hours) {
    return Annualizer.salary(
        new Annualizer.Input(
            null, dec(yearly), currency, period, "Monthly", dec(hours), dec("100")),
        Map.of(),
        notes);
  }

  @Test
  void V2_monthlyPayIsTimesTwelve() {
    Salary s = fromTable("5000", "EUR", "Monthly", "40", "100");
    assertThat(s.annual()).isEqualByComparingTo("60000");
    assertThat(s.annualFte()).isEqualByComparingTo("60000");
    assertThat(notes).isEmpty();
  }

  @Test
  void V2_hourlyPayIsTimesWeeklyHoursTimesFiftyTwo() {
    Salary s = fromTable("45", "USD", "Hourly", "30", "75");
    assertThat(s.annual()).isEqualByComparingTo("70200");
    assertThat(s.annualFte()).isEqualByComparingTo("93600");
  }

  @Test
  void V2_weeklyDailyAndAnnualPay() {
    assertThat(fromTable("1000", "GBP", "Weekly", "40", "100").annual())
        .isEqualByComparingTo("52000");
    assertThat(fromTable("200", "GBP", "Daily", "40", "100").annual())
        .isEqualByComparingTo("52000");
    assertThat(fromTable("90000", "GBP", "annual", null, null).annual())
        .isEqualByComparingTo("90000");
  }

  @Test
  void V2_partTimePayIsScaledToFullTimeBeside() {
    Salary s = fromTable("300000", "JPY", "Monthly", "20", "50");
    assertThat(s.annual()).isEqualByComparingTo("3600000");
    assertThat(s.annualFte()).isEqualByComparingTo("7200000");
  }

  @Test
  void V2_withoutTheSalaryTableTheRateIsWorkedOutFromHibobsYearlySalary() {
    Salary s = fromSearch("93600", "USD", "Hourly", "40");
    assertThat(s.annual()).isEqualByComparingTo("93600");
    assertThat(s.base()).isEqualByComparingTo("45");
    assertThat(fromSearch("60000", "EUR", "Monthly", null).base()).isEqualByComparingTo("5000");
  }

  @Test
  void badInput_salaryWithNoCurrencyIsNotedAndTheRestKept() {
    Salary s = fromTable("50000", null, "Annual", "40", "100");
    assertThat(s.annual()).isEqualByComparingTo("50000");
    assertThat(notes).containsExactly("salary has no currency in HiBob (payroll.salary.payment)");
  }

  @Test
  void badInput_unknownPayPeriodIsNotedAndNotAnnualized() {
    Salary s = fromTable("2000", "GBP", "Fortnightly", "40", "100");
    assertThat(s.annual()).isNull();
    assertThat(s.base()).isEqualByComparingTo("2000");
    assertThat(s.payPeriod()).isEqualTo("Fortnightly");
    assertThat(notes)
        .singleElement()
        .asString()
        .contains("unknown pay period \"Fortnightly\"")
        .contains("payroll.salary.payPeriod");
  }

  @Test
  void badInput_hourlyPayWithNoWeeklyHoursIsNotedAndNotAnnualized() {
    Salary s = fromTable("30", "USD", "Hourly", null, "100");
    assertThat(s.annual()).isNull();
    assertThat(s.base()).isEqualByComparingTo("30");
    assertThat(notes)
        .singleElement()
        .asString()
        .contains("hourly pay with no weekly hours (payroll.employment.weeklyHours)");
  }

  @Test
  void aZeroFteGivesNoFullTimeFigureAndSaysWhy() {
    Salary s = fromTable("1000", "EUR", "Monthly", "40", "0");
    assertThat(s.annual()).isEqualByComparingTo("12000");
    assertThat(s.annualFte()).isNull();
    assertThat(notes).singleElement().asString().contains("FTE is 0 %");
  }

  @Test
  void noSalaryAtAllIsNoNote() {
    Salary s = fromTable(null, null, null, null, null);
    assertThat(s.annual()).isNull();
    assertThat(notes).isEmpty();
  }

  @Test
  void roundingKeepsTwoDecimalsAtMost() {
    assertThat(Annualizer.round(new BigDecimal("1234.5678")).toPlainString()).isEqualTo("1234.57");
    assertThat(Annualizer.round(new BigDecimal("90000.00")).toPlainString()).isEqualTo("90000");
    assertThat(PayPeriod.parse("Yearly")).contains(PayPeriod.ANNUAL);
    assertThat(PayPeriod.parse("Bi-Weekly")).isEmpty();
  }

  private static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }
}
