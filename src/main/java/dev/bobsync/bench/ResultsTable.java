package dev.bobsync.bench;

import java.util.List;
import java.util.Locale;

/** The results as a plain-text table, one line per profile, size and scenario. */
final class ResultsTable {
  private static final String ROW =
      "%-10s %7s %-17s %5s %7s %7s %4s %7s %7s %7s %6s %9s %9s %8s %7s %5s %7s %5s";

  private ResultsTable() {}

  static String format(List<Measurement> results) {
    StringBuilder out = new StringBuilder();
    out.append(
            String.format(
                Locale.ROOT,
                ROW,
                "profile",
                "people",
                "scenario",
                "HiBob",
                "R.reads",
                "R.write",
                "429",
                "minimum",
                "act/min",
                "ppl a/m",
                "t.off",
                "wall s",
                "bound s",
                "wall/bnd",
                "CPU s",
                "heap",
                "afterGC",
                "DB"))
        .append('\n');
    for (Measurement m : results) {
      out.append(
              String.format(
                  Locale.ROOT,
                  ROW,
                  m.profile().id(),
                  String.format(Locale.ROOT, "%,d", m.people()),
                  m.scenario().label(),
                  m.calls().hibob(),
                  m.calls().remoteReads(),
                  m.calls().remoteWrites(),
                  m.calls().rateLimited(),
                  m.minimum().total(),
                  ratio(m.callsRatio()),
                  ratio(m.peopleRatio()),
                  m.timeOffTotal(),
                  seconds(m.wallSeconds()) + (m.profile().virtualClock() ? "v" : " "),
                  seconds(m.boundSeconds()),
                  ratio(m.wallRatio()),
                  String.format(Locale.ROOT, "%.2f", m.cpu().syncSeconds()),
                  mib(m.heap().peakUsed()),
                  mib(m.heap().peakAfterGc()),
                  String.format(Locale.ROOT, "%.1f", m.databaseBytes() / 1024.0 / 1024.0)))
          .append('\n');
    }
    return out.toString();
  }

  static String seconds(double s) {
    return s >= 100 ? String.format(Locale.ROOT, "%.0f", s) : String.format(Locale.ROOT, "%.1f", s);
  }

  static String ratio(double r) {
    if (Double.isNaN(r)) {
      return "-";
    }
    if (Double.isInfinite(r)) {
      return "inf";
    }
    return r < 0.01 && r > 0 ? "<0.01" : String.format(Locale.ROOT, "%.2f", r);
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / 1024.0);
  }
}
