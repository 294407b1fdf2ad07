package dev.bobsync.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.compensation.Insights;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Compensation tab's headcount chart: a y-axis from 0 with round ticks, labelled months. */
class HeadcountChartTest {
  private static Insights.Month month(int year, int m, int headcount, boolean partial) {
    YearMonth ym = YearMonth.of(year, m);
    return new Insights.Month(
        ym, headcount, 0, 0, headcount, partial ? ym.atDay(5) : ym.atEndOfMonth(), partial);
  }

  @Test
  void theYAxisStartsAtZeroWithRoundTicksAboveTheTallestBar() {
    HeadcountChart chart =
        HeadcountChart.of(
            List.of(
                month(2026, 10, 142, false),
                month(2026, 11, 158, false),
                month(2026, 12, 158, true)));
    assertThat(chart.ticks())
        .extracting(HeadcountChart.Tick::label)
        .containsExactly("0", "50", "100", "150", "200");
    assertThat(chart.ticks().get(0).y()).isEqualTo(chart.baseline());
    assertThat(chart.ticks().get(4).y()).isEqualTo(HeadcountChart.TOP);
    // 158 of 200 is 79 % of the plot's height
    assertThat(chart.bars().get(1).height())
        .isEqualTo(Math.round(158 * HeadcountChart.PLOT / 200f));
    assertThat(chart.bars().get(1).y() + chart.bars().get(1).height()).isEqualTo(chart.baseline());
  }

  @Test
  void everyMonthIsLabelledAndTheCurrentOneIsMarkedPartial() {
    HeadcountChart chart =
        HeadcountChart.of(
            List.of(
                month(2025, 12, 9, false), month(2026, 1, 10, false), month(2026, 2, 12, true)));
    assertThat(chart.bars())
        .extracting(HeadcountChart.Bar::label)
        .containsExactly("Dec 25", "Jan 26", "Feb 26");
    assertThat(chart.bars())
        .extracting(HeadcountChart.Bar::partial)
        .containsExactly(false, false, true);
    assertThat(chart.bars().get(2).tooltip())
        .isEqualTo("February 2026: 12 at the start, 0 joined, 0 left, 12 so far (month not over)");
    assertThat(chart.title()).contains("last 3 months").contains("people");
    assertThat(chart.ticks())
        .extracting(HeadcountChart.Tick::value)
        .containsExactly(0, 2, 4, 6, 8, 10, 12);
  }

  @Test
  void tickStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    assertThat(HeadcountChart.step(3)).isEqualTo(1);
    assertThat(HeadcountChart.step(12)).isEqualTo(2);
    assertThat(HeadcountChart.step(158)).isEqualTo(50);
    assertThat(HeadcountChart.step(5000)).isEqualTo(1000);
    assertThat(HeadcountChart.step(0)).isEqualTo(1);
    HeadcountChart empty = HeadcountChart.of(List.of(month(2026, 1, 0, true)));
    assertThat(empty.ticks()).extracting(HeadcountChart.Tick::label).containsExactly("0", "1");
  }
}
