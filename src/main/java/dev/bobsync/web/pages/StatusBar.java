package dev.bobsync.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Overview's people by status as one stacked bar: a segment per status, as a percentage of the
 * bar's width, in a fixed order with its legend words.
 */
public record StatusBar(int total, List<Segment> segments) {
  private static final List<String> ORDER =
      List.of("synced", "waiting", "frozen", "skipped", "failed");

  /** One status's share of the bar, from {@code x} percent, {@code width} percent wide. */
  public record Segment(String status, String words, int count, double x, double width) {}

  static StatusBar of(Map<String, Integer> counts) {
    int total = ORDER.stream().mapToInt(s -> counts.getOrDefault(s, 0)).sum();
    List<Segment> out = new ArrayList<>();
    double x = 0;
    for (String s : ORDER) {
      int n = counts.getOrDefault(s, 0);
      double width = total == 0 ? 0 : 100.0 * n / total;
      out.add(new Segment(s, words(s), n, round(x), round(width)));
      x += width;
    }
    return new StatusBar(total, out);
  }

  private static String words(String status) {
    return switch (status) {
      case "frozen" -> "onboarding (frozen)";
      default -> status;
    };
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
