package dev.bobsync.compensation;

import dev.bobsync.compensation.Insights.GenderGap;
import dev.bobsync.compensation.Insights.Month;
import dev.bobsync.compensation.Insights.PayRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Works out the admin page's figures from a dataset. Pure. Pay figures use active people's annual
 * full-time-equivalent base salary, per currency (salaries in different currencies are never
 * mixed); a group of fewer than {@link #MIN_GROUP} people gets no figure.
 */
public final class CompensationInsights {
  /** The fewest people a pay figure may be computed from. */
  public static final int MIN_GROUP = 5;

  /** The group name of company-wide figures. */
  public static final String COMPANY = "Whole company";

  private static final String NONE = "(none)";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CompensationInsights() {}

  /** The figures of {@code dataset}, with the last {@code months} calendar months. */
  public static Insights of(Dataset dataset, int months) {
    Objects.requireNonNull(dataset, "dataset");
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1: " + months);
    }
    LocalDate today = dataset.asOf();
    List<CompensationRow> rows = dataset.rows();
    List<CompensationRow> active =
        rows.stream().filter(r -> employedOn(r, today) && r.salary().annualFte() != null).toList();
    int undated =
        (int)
            rows.stream()
                .filter(r -> r.lifecycle().leaver() && r.lifecycle().terminationDate() == null)
                .count();
    boolean genderOn = dataset.columns().stream().anyMatch(c -> c.name().equals("gender"));
    return new Insights(
        today,
        months(rows, today, months),
        ranges(active, r -> COMPANY),
        ranges(active, r -> r.job().department()),
        ranges(active, r -> r.job().title()),
        genderOn ? gaps(active, r -> COMPANY) : List.of(),
        genderOn ? gaps(active, r -> r.job().department()) : List.of(),
        undated,
        genderOn);
  }

  private static List<Month> months(List<CompensationRow> rows, LocalDate today, int count) {
    List<CompensationRow> counted = rows.stream().filter(CompensationInsights::dated).toList();
    List<Month> out = new ArrayList<>();
    YearMonth last = YearMonth.from(today);
    for (YearMonth m = last.minusMonths(count - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate first = m.atDay(1);
      LocalDate through = m.equals(last) ? today : m.atEndOfMonth();
      int opening = (int) counted.stream().filter(r -> inPost(r, first.minusDays(1))).count();
      int joiners =
          (int) counted.stream().filter(r -> within(r.job().startDate(), first, through)).count();
      int leavers =
          (int)
              counted.stream()
                  .filter(r -> within(r.lifecycle().terminationDate(), first, through))
                  .count();
      int closing = (int) counted.stream().filter(r -> inPost(r, through)).count();
      out.add(
          new Month(
              m, opening, joiners, leavers, closing, through, through.isBefore(m.atEndOfMonth())));
    }
    return out;
  }

  /**
   * Whether a person can be placed in time: a start date, a termination date for a leaver, and no
   * termination before the start.
   */
  private static boolean dated(CompensationRow r) {
    LocalDate start = r.job().startDate();
    LocalDate end = r.lifecycle().terminationDate();
    if (start == null || (r.lifecycle().leaver() && end == null)) {
      return false;
    }
    return end == null || !end.isBefore(start);
  }

  /** In the headcount at the close of {@code day}: started by then, last day not yet reached. */
  private static boolean inPost(CompensationRow r, LocalDate day) {
    LocalDate end = r.lifecycle().terminationDate();
    return !r.job().startDate().isAfter(day) && (end == null || end.isAfter(day));
  }

  private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
    return day != null && !day.isBefore(first) && !day.isAfter(last);
  }

  /** Started by {@code day} and not yet gone; a leaver without a termination date never counts. */
  static boolean employedOn(CompensationRow r, LocalDate day) {
    LocalDate start = r.job().startDate();
    if (start == null || start.isAfter(day)) {
      return false;
    }
    LocalDate end = r.lifecycle().terminationDate();
    if (r.lifecycle().leaver()) {
      return end != null && !end.isBefore(day);
    }
    return end == null || !end.isBefore(day);
  }

  private static List<PayRange> ranges(
      List<CompensationRow> active, Function<CompensationRow, String> group) {
    List<PayRange> out = new ArrayList<>();
    groups(active, group)
        .forEach(
            (key, rows) -> {
              List<BigDecimal> pay = pay(rows);
              boolean withheld = pay.size() < MIN_GROUP;
              out.add(
                  new PayRange(
                      key.get(0),
                      key.get(1),
                      pay.size(),
                      withheld ? null : percentile(pay, 25),
                      withheld ? null : percentile(pay, 50),
                      withheld ? null : percentile(pay, 75),
                      withheld));
            });
    return out;
  }

  private static List<GenderGap> gaps(
      List<CompensationRow> active, Function<CompensationRow, String> group) {
    List<GenderGap> out = new ArrayList<>();
    groups(active, group)
        .forEach(
            (key, rows) -> {
              List<BigDecimal> men = pay(rows.stream().filter(r -> gender(r, "male")).toList());
              List<BigDecimal> women = pay(rows.stream().filter(r -> gender(r, "female")).toList());
              boolean withheld = men.size() < MIN_GROUP || women.size() < MIN_GROUP;
              BigDecimal m = withheld ? null : percentile(men, 50);
              BigDecimal w = withheld ? null : percentile(women, 50);
              BigDecimal gap =
                  withheld || m.signum() == 0
                      ? null
                      : m.subtract(w).multiply(HUNDRED).divide(m, 1, RoundingMode.HALF_UP);
              out.add(
                  new GenderGap(
                      key.get(0), key.get(1), men.size(), women.size(), m, w, gap, withheld));
            });
    return out;
  }

  private static boolean gender(CompensationRow r, String which) {
    String g = r.demographics().gender();
    return g != null && g.trim().toLowerCase(Locale.ROOT).equals(which);
  }

  /** Rows by (group, currency), sorted by group then currency. */
  private static Map<List<String>, List<CompensationRow>> groups(
      List<CompensationRow> rows, Function<CompensationRow, String> group) {
    Map<List<String>, List<CompensationRow>> out =
        new TreeMap<>(
            Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
    for (CompensationRow r : rows) {
      String g = group.apply(r);
      String currency = r.salary().currency();
      List<String> key = List.of(g == null ? NONE : g, currency == null ? NONE : currency);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static List<BigDecimal> pay(List<CompensationRow> rows) {
    return rows.stream().map(r -> r.salary().annualFte()).sorted().toList();
  }

  /** The p-th percentile of sorted values, interpolating linearly (as spreadsheets' PERCENTILE). */
  static BigDecimal percentile(List<BigDecimal> sorted, int p) {
    double rank = (sorted.size() - 1) * p / 100.0;
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    BigDecimal fraction = BigDecimal.valueOf(rank - low);
    BigDecimal value =
        sorted.get(low).add(sorted.get(high).subtract(sorted.get(low)).multiply(fraction));
    return Annualizer.round(value);
  }
}
