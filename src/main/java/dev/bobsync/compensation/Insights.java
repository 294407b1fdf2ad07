package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the admin page shows of a compensation dataset: headcount, joiners and leavers by month; pay
 * ranges for the whole company, by department and by job title; the gender pay gap for the whole
 * company and by department. Pay figures of groups where fewer than {@link
 * CompensationInsights#MIN_GROUP} people would be identifiable are withheld.
 *
 * @param undatedLeavers leavers without a termination date, left out of the monthly counts
 * @param genderOn whether the profile exports gender (no gap figures otherwise)
 */
public record Insights(
    LocalDate asOf,
    List<Month> months,
    List<PayRange> payCompanyWide,
    List<PayRange> payByDepartment,
    List<PayRange> payByTitle,
    List<GenderGap> genderGapCompanyWide,
    List<GenderGap> genderGapByDepartment,
    int undatedLeavers,
    boolean genderOn) {

  public Insights {
    months = List.copyOf(months);
    payCompanyWide = List.copyOf(payCompanyWide);
    genderGapCompanyWide = List.copyOf(genderGapCompanyWide);
    payByDepartment = List.copyOf(payByDepartment);
    payByTitle = List.copyOf(payByTitle);
    genderGapByDepartment = List.copyOf(genderGapByDepartment);
  }

  /**
   * One calendar month, counted up to its last day or, for the current month, up to {@code asOf}. A
   * person is in the headcount at the close of a day when they started on or before it and their
   * termination date (their last day) is after it; so {@code opening + joiners - leavers ==
   * headcount}, and a month's opening is the previous month's headcount.
   *
   * @param opening people in post at the close of the day before the month's first day
   * @param joiners people whose start date is in the month, up to {@code through}
   * @param leavers people whose termination date is in the month, up to {@code through}
   * @param headcount people in post at the close of {@code through}
   * @param through the month's last day, or {@code asOf} for the current month
   * @param partial whether the month is not over yet ({@code through} is before its last day)
   */
  public record Month(
      YearMonth month,
      int opening,
      int joiners,
      int leavers,
      int headcount,
      LocalDate through,
      boolean partial) {}

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
