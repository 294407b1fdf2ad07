package dev.bobsync.cli;

import dev.bobsync.compensation.CompensationReport;
import dev.bobsync.compensation.Diagnostic;
import dev.bobsync.compensation.Insights;
import dev.bobsync.hibob.AccessReport.Severity;
import java.io.PrintWriter;
import java.math.BigDecimal;

/** Plain-text output of the compensation commands. */
final class CompensationPrinter {
  private final PrintWriter out;

  CompensationPrinter(PrintWriter out) {
    this.out = out;
  }

  /** The check: outcome, counts, then every diagnostic in the guide's words. */
  void report(CompensationReport report) {
    report(report, null);
  }

  /**
   * The check, with the commands that fix what the profile can fix for integration {@code name}.
   */
  void report(CompensationReport report, String name) {
    out.println("HiBob: " + Printer.words(report.outcome()));
    if (report.problem() != null) {
      out.println("  " + report.problem());
    } else {
      out.printf(
          "  The service user sees %d employees (%d leavers).%n",
          report.employees(), report.leavers());
    }
    for (Diagnostic d : report.diagnostics()) {
      String label =
          d.severity() == Severity.MISSING
              ? ""
              : d.severity() == Severity.WARNING ? "Warning: " : "Note: ";
      out.println("  " + label + d.title());
      out.println("    " + d.message());
      d.permissions().forEach(p -> out.println("    Add to the permission group: " + p));
      hint(d, name);
    }
    out.flush();
  }

  private void hint(Diagnostic d, String name) {
    if (name == null) {
      return;
    }
    String profile = "bobsync compensation profile " + name;
    switch (d.title()) {
      case Diagnostic.HOME_MISSING ->
          out.println(
              "    Or switch them off: "
                  + profile
                  + " --gender off --date-of-birth off (or read gender from a custom field:"
                  + " --gender-field FIELD_ID)");
      case Diagnostic.FIELD_DELETED ->
          d.fields()
              .forEach(
                  f ->
                      out.println("    Or stop exporting it: " + profile + " --remove-field " + f));
      case Diagnostic.NO_EQUITY_FIELDS ->
          out.println("    Or switch equity off: " + profile + " --equity off");
      default -> {}
    }
  }

  void insights(Insights i) {
    out.println("Headcount and leavers by month (as of " + i.asOf() + "):");
    out.printf("  %-8s %7s %7s %7s %9s%n", "MONTH", "START", "JOINED", "LEFT", "HEADCOUNT");
    i.months()
        .forEach(
            m ->
                out.printf(
                    "  %-8s %7d %7d %7d %9d%s%n",
                    m.month(),
                    m.opening(),
                    m.joiners(),
                    m.leavers(),
                    m.headcount(),
                    m.partial() ? "  (to " + m.through() + ", month not over)" : ""));
    if (i.undatedLeavers() > 0) {
      out.println(
          "  "
              + i.undatedLeavers()
              + (i.undatedLeavers() == 1
                  ? " leaver has no termination date and is not counted."
                  : " leavers have no termination date and are not counted."));
    }
    out.println(
        "Annual full-time base salary of the whole company (lower quartile, median, upper"
            + " quartile):");
    i.payCompanyWide().forEach(this::range);
    out.println("By department:");
    i.payByDepartment().forEach(this::range);
    out.println("By job title:");
    i.payByTitle().forEach(this::range);
    if (i.genderOn()) {
      out.println("Gender pay gap (men's median minus women's, of men's):");
      java.util.stream.Stream.concat(
              i.genderGapCompanyWide().stream(), i.genderGapByDepartment().stream())
          .forEach(
              g ->
                  out.printf(
                      "  %-28s %-6s %s%n",
                      Printer.cut(g.department(), 28),
                      g.currency(),
                      g.withheld()
                          ? "no figure: fewer than 5 men or 5 women"
                          : g.gapPercent().toPlainString()
                              + " % ("
                              + g.men()
                              + " men, "
                              + g.women()
                              + " women)"));
    }
    out.flush();
  }

  private void range(Insights.PayRange r) {
    out.printf(
        "  %-28s %-6s %s%n",
        Printer.cut(r.group(), 28),
        r.currency(),
        r.withheld()
            ? "no figure: fewer than 5 people"
            : plain(r.lowerQuartile())
                + " / "
                + plain(r.median())
                + " / "
                + plain(r.upperQuartile())
                + " ("
                + r.people()
                + " people)");
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
