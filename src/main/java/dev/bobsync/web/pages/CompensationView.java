package dev.bobsync.web.pages;

import dev.bobsync.compensation.CompensationReport;
import dev.bobsync.compensation.Insights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The Compensation tab: what the export can see (rule V4), the downloads, and the figures of the
 * dataset, with bar geometry worked out here so the template only draws.
 */
public record CompensationView(
    String id, String name, CompensationReport report, Insights insights, boolean anonymous) {

  /** Chart height in pixels of the tallest month. */
  public static final int CHART_HEIGHT = 120;

  public int maxHeadcount() {
    return insights == null
        ? 1
        : Math.max(
            1, insights.months().stream().mapToInt(Insights.Month::headcount).max().orElse(1));
  }

  /** A bar's height for {@code value} against the tallest month. */
  public int barHeight(int value) {
    return (int) Math.round((double) value * CHART_HEIGHT / maxHeadcount());
  }

  /** Where a pay figure sits on a 0-100 scale of the widest range in its list. */
  public static int percent(BigDecimal value, List<Insights.PayRange> ranges) {
    BigDecimal max =
        ranges.stream()
            .filter(r -> !r.withheld() && r.upperQuartile() != null)
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
    NumberFormat f = NumberFormat.getIntegerInstance(Locale.UK);
    return f.format(value.setScale(0, RoundingMode.HALF_UP)) + " " + currency;
  }

  public static String percentText(BigDecimal value) {
    return value == null ? "" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
