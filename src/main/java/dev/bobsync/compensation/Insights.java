package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the admin page shows of a compensation dataset: headcount and leavers by month, pay ranges
 * by department and by job title, the gender pay gap by department. Pay figures of groups where
 * fewer than {@link CompensationInsights#MIN_GROUP} people would be identifiable are withheld.
 *
 * @param undatedLeavers leavers without a termination date, left out of the monthly counts
 * @param genderOn whether the profile exports gender (no gap figures otherwise)
 */
public record Insights(
    LocalDate asOf,
    List<Month> months,
    List<PayRange> payByDepartment,
    List<PayRange> payByTitle,
    List<GenderGap> genderGapByDepartment,
    int undatedLeavers,
    boolean genderOn) {

  public Insights {
    months = List.copyOf(months);
    payByDepartment = List.copyOf(payByDepartment);
    payByTitle = List.copyOf(payByTitle);
    genderGapByDepartment = List.copyOf(genderGapByDepartment);
  }

  /**
   * One calendar month.
   *
   * @param headcount people employed on the month's last day (on {@code asOf} for this month)
   */
  public record Month(YearMonth month, int headcount, int joiners, int leavers) {}

  /**
   * Annual full-time-equivalent base salaries of active people in one group and currency.
   *
   * @param withheld whether fewer than five people are in it, so no figure is given
   */
  public record PayRange(
      String group,
      String currency,
      int people,
      BigDecimal lowerQuartile,
      BigDecimal median,
      BigDecimal upperQuartile,
      boolean withheld) {}

  /**
   * The gender pay gap of one department and currency: (men's median - women's median) / men's
   * median, in percent, of annual full-time-equivalent base salaries.
   *
   * @param withheld whether fewer than five men or five women are in it, so no figure is given
   */
  public record GenderGap(
      String department,
      String currency,
      int men,
      int women,
      BigDecimal medianMen,
      BigDecimal medianWomen,
      BigDecimal gapPercent,
      boolean withheld) {}
}
