package dev.bobsync.web.pages;

import dev.bobsync.compensation.Insights;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Compensation tab's headcount chart, drawn as SVG on the server: a y-axis from 0 with round
 * ticks, one bar per month labelled below, the current month's bar marked as partial. Geometry is
 * worked out here so the template only draws.
 *
 * @param title what the chart shows, as its SVG title
 * @param ticks the y-axis ticks, from 0 up to at least the tallest bar
 * @param bars one per month, oldest first
 */
public record HeadcountChart(String title, List<Tick> ticks, List<Bar> bars) {
  /** Left margin for the y-axis labels. */
  public static final int LEFT = 44;

  /** Top margin. */
  public static final int TOP = 22;

  /** Height of the plot area. */
  public static final int PLOT = 160;

  /** Room under the plot for the month labels. */
  public static final int BOTTOM = 36;

  /** Width of one month's slot. */
  public static final int SLOT = 44;

  /** A y-axis tick: its value, its label and its height in the SVG. */
  public record Tick(int value, String label, int y) {}

  /**
   * One month's bar.
   *
   * @param label the month under the bar, e.g. "Dec 26"
   * @param tooltip what hovering says, in words
   */
  public record Bar(
      int x, int y, int width, int height, String label, String tooltip, boolean partial) {
    /** The centre of the bar, where its label sits. */
    public int centre() {
      return x + width / 2;
    }
  }

  public static HeadcountChart of(List<Insights.Month> months) {
    int tallest = months.stream().mapToInt(Insights.Month::headcount).max().orElse(0);
    int step = step(tallest);
    int top = Math.max(step, ((tallest + step - 1) / step) * step);
    List<Tick> ticks = new ArrayList<>();
    for (int v = 0; v <= top; v += step) {
      ticks.add(new Tick(v, CompensationView.count(v), y(v, top)));
    }
    List<Bar> bars = new ArrayList<>();
    for (int k = 0; k < months.size(); k++) {
      Insights.Month m = months.get(k);
      int y = y(m.headcount(), top);
      String label =
          m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.UK)
              + " "
              + String.format("%02d", m.month().getYear() % 100);
      String tooltip =
          CompensationView.monthName(m)
              + ": "
              + m.opening()
              + " at the start, "
              + m.joiners()
              + " joined, "
              + m.leavers()
              + " left, "
              + m.headcount()
              + (m.partial() ? " so far (month not over)" : " at the end");
      bars.add(
          new Bar(LEFT + k * SLOT + 6, y, SLOT - 12, TOP + PLOT - y, label, tooltip, m.partial()));
    }
    String title = "Headcount at the end of each of the last " + months.size() + " months (people)";
    return new HeadcountChart(title, ticks, bars);
  }

  public int width() {
    return LEFT + bars.size() * SLOT + 8;
  }

  public int height() {
    return TOP + PLOT + BOTTOM;
  }

  /** The y of the x-axis (value 0). */
  public int baseline() {
    return TOP + PLOT;
  }

  /** A round step giving 4 to 8 ticks: 1, 2, 5, 10, 20, 50... */
  static int step(int max) {
    if (max <= 5) {
      return 1;
    }
    int step = 1;
    while (true) {
      for (int f : new int[] {1, 2, 5}) {
        int s = step * f;
        if (max / s <= 6) {
          return s;
        }
      }
      step *= 10;
    }
  }

  private static int y(int value, int top) {
    return TOP + PLOT - (int) Math.round((double) value * PLOT / top);
  }
}
