package dev.bobsync.web.pages;

import dev.bobsync.compensation.CompensationInsights;
import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.compensation.CompensationReport;
import dev.bobsync.compensation.Insights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The Compensation tab: what the export can see (rule V4), the downloads, the profile, and the
 * figures of the dataset. Groups too small to show are left out of the tables and counted.
 *
 * @param profileError why the profile form was refused, or {@code null}
 * @param notice a confirmation to show, or {@code null}
 */
public record CompensationView(
    String id,
    String name,
    CompensationReport report,
    Insights insights,
    boolean anonymous,
    CompensationProfile profile,
    String profileError,
    String notice) {

  /** The fewest people a pay figure is shown for. */
  public static final int MIN_GROUP = CompensationInsights.MIN_GROUP;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

  /** Whether a file can be downloaded: HiBob answered and showed at least one person. */
  public boolean exportable() {
    return report.connected() && report.employees() > 0;
  }

  public HeadcountChart chart() {
    return HeadcountChart.of(insights.months());
  }

  /** The ranges with a figure. */
  public static List<Insights.PayRange> shown(List<Insights.PayRange> ranges) {
    return ranges.stream().filter(r -> !r.withheld()).toList();
  }

  /** How many ranges have no figure. */
  public static long hidden(List<Insights.PayRange> ranges) {
    return ranges.stream().filter(Insights.PayRange::withheld).count();
  }

  public List<Insights.GenderGap> gapsShown() {
    return java.util.stream.Stream.concat(
            insights.genderGapCompanyWide().stream(), insights.genderGapByDepartment().stream())
        .filter(g -> !g.withheld())
        .toList();
  }

  public long gapsHidden() {
    return insights.genderGapByDepartment().stream().filter(Insights.GenderGap::withheld).count();
  }

  /** "3 groups are" / "1 group is", for the hidden-groups sentence. */
  public static String groups(long n, String noun) {
    return n + " " + noun + (n == 1 ? " is" : "s are");
  }

  /** "December 2026". */
  public static String monthName(Insights.Month m) {
    return m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.UK)
        + " "
        + m.month().getYear();
  }

  /** "1 to 5 December" for a partial month. */
  public static String throughText(Insights.Month m) {
    return "1 to " + DAY.format(m.through());
  }

  /** The current month, last in the list. */
  public Insights.Month current() {
    return insights.months().get(insights.months().size() - 1);
  }

  /**
   * Where a pay figure sits on a 0-100 scale of the highest upper quartile in its list and currency
   * (salaries in different currencies are never drawn on one scale).
   */
  public static int percent(BigDecimal value, String currency, List<Insights.PayRange> ranges) {
    BigDecimal max =
        ranges.stream()
            .filter(r -> !r.withheld() && r.upperQuartile() != null)
            .filter(r -> java.util.Objects.equals(r.currency(), currency))
            .map(Insights.PayRange::upperQuartile)
            .max(BigDecimal::compareTo)
            .orElse(BigDecimal.ONE);
    if (value == null || max.signum() == 0) {
      return 0;
    }
    return value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
  }

  /** 1,234,567 with the currency after it. */
  public static String money(BigDecimal value, String currency) {
    if (value == null) {
      return "";
    }
    return NumberFormat.getIntegerInstance(Locale.UK)
            .format(value.setScale(0, RoundingMode.HALF_UP))
        + " "
        + currency;
  }

  /** 1,234. */
  public static String count(long value) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(value);
  }

  public static String percentText(BigDecimal value) {
    return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
