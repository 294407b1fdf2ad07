package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns HiBob's salary figures into an annual base salary and its full-time equivalent (rule V2):
 * monthly x 12, weekly x 52, daily x 260, hourly x weekly hours x 52. Pure; every problem becomes a
 * note for the person's row.
 */
public final class Annualizer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Annualizer() {}

  /**
   * What HiBob says about one person's base salary.
   *
   * @param base the amount per pay period (from the salary table), or {@code null}
   * @param yearly HiBob's yearly salary ({@code payroll.salary.yearlyPayment}), used when there is
   *     no {@code base}
   * @param ftePercent HiBob's "FTE %" (100 for full time)
   */
  public record Input(
      BigDecimal base,
      BigDecimal yearly,
      String currency,
      String payPeriod,
      String payFrequency,
      BigDecimal weeklyHours,
      BigDecimal ftePercent) {}

  /** The annual amount of {@code base} paid per {@code period}; empty for hourly without hours. */
  public static Optional<BigDecimal> annual(
      BigDecimal base, PayPeriod period, BigDecimal weeklyHours) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(period, "period");
    return period.perYear(weeklyHours).map(n -> round(base.multiply(n)));
  }

  /** The salary, with a note added to {@code notes} for each thing that could not be worked out. */
  public static Salary salary(Input in, Map<String, BigDecimal> variable, List<String> notes) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(notes, "notes");
    BigDecimal amount = in.base() != null ? in.base() : in.yearly();
    if (amount == null) {
      return new Salary(
          null, in.currency(), in.payPeriod(), in.payFrequency(), null, null, variable);
    }
    if (in.currency() == null) {
      notes.add("salary has no currency in HiBob (payroll.salary.payment)");
    }
    Optional<PayPeriod> period = PayPeriod.parse(in.payPeriod());
    Optional<BigDecimal> perYear = Optional.empty();
    if (in.payPeriod() == null) {
      notes.add("salary has no pay period in HiBob (payroll.salary.payPeriod)");
    } else if (period.isEmpty()) {
      notes.add(
          "unknown pay period \""
              + in.payPeriod()
              + "\" (payroll.salary.payPeriod): expected Annual, Monthly, Weekly, Daily or Hourly");
    } else {
      perYear = period.get().perYear(in.weeklyHours());
      if (perYear.isEmpty()) {
        notes.add(
            "hourly pay with no weekly hours (payroll.employment.weeklyHours): "
                + (in.base() != null
                    ? "the salary cannot be annualized"
                    : "the hourly rate cannot be worked out"));
      }
    }
    BigDecimal base;
    BigDecimal annual;
    if (in.base() != null) {
      base = round(in.base());
      annual = perYear.map(n -> round(in.base().multiply(n))).orElse(null);
    } else {
      annual = round(in.yearly());
      base = perYear.map(n -> round(in.yearly().divide(n, 10, RoundingMode.HALF_UP))).orElse(null);
    }
    return new Salary(
        base,
        in.currency(),
        in.payPeriod(),
        in.payFrequency(),
        annual,
        fullTime(annual, in.ftePercent(), notes),
        variable);
  }

  private static BigDecimal fullTime(BigDecimal annual, BigDecimal ftePercent, List<String> notes) {
    if (annual == null || ftePercent == null) {
      return null;
    }
    if (ftePercent.signum() <= 0) {
      notes.add(
          "FTE is "
              + ftePercent.stripTrailingZeros().toPlainString()
              + " % (payroll.employment.fte): no full-time equivalent salary");
      return null;
    }
    return round(annual.multiply(HUNDRED).divide(ftePercent, 10, RoundingMode.HALF_UP));
  }

  /** Two decimals at most, trailing zeros dropped: 90000, 45.5, 1234.57. */
  static BigDecimal round(BigDecimal value) {
    BigDecimal r = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}
