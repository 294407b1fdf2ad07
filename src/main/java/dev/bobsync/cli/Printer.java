package dev.bobsync.cli;

import dev.bobsync.hibob.AccessReport;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.words.ConnectionOutcomes;
import java.io.PrintWriter;
import java.util.Locale;

/** Plain-text output for people reading a terminal; {@code --json} is for scripts. */
final class Printer {
  private final PrintWriter out;

  Printer(PrintWriter out) {
    this.out = out;
  }

  void check(ConnectionReport report) {
    AccessReport hibob = report.hibob();
    out.println("HiBob: " + words(hibob.outcome()));
    if (hibob.problem() != null) {
      out.println("  " + hibob.problem());
    } else {
      out.printf(
          "  The service user sees %d employees (%d leavers).%n",
          hibob.employees(), hibob.leavers());
    }
    report.setupDone().forEach(line -> out.println("  " + line));
    if (!report.permissionsToAdd().isEmpty()) {
      out.println("  Add to the service user's permission group in HiBob:");
      report.permissionsToAdd().forEach(p -> out.println("    - " + p));
    }
    hibob.findings().stream()
        .filter(f -> f.permission() == null)
        .forEach(f -> out.println("  " + label(f.severity()) + f.message()));
    out.println(
        "Remote: "
            + (report.remoteProblem() == null ? "the API token works" : report.remoteProblem()));
    dev.bobsync.sync.LegalEntityChoice.rows(report.settings()).stream()
        .filter(row -> !row.use().isEmpty())
        .forEach(
            row ->
                out.println(
                    "  Legal entity "
                        + row.entity().name()
                        + " ("
                        + row.entity().id()
                        + "): "
                        + row.use()));
    out.flush();
  }

  void sync(SyncReport r) {
    if (r.failed()) {
      out.println("Sync of \"" + r.integration() + "\" failed: " + r.error());
      out.flush();
      return;
    }
    if (r.dryRun()) {
      out.println("Dry run of \"" + r.integration() + "\": nothing was written.");
      r.planned()
          .forEach(
              p ->
                  out.printf(
                      "  %-28s %-16s %s%n",
                      cut(p.name(), 28),
                      p.action(),
                      p.fields().isEmpty()
                          ? (p.message() == null ? "" : p.message())
                          : String.join(", ", p.fields())));
    } else {
      out.printf(
          "Sync of \"%s\" finished in %.1f s.%n", r.integration(), r.took().toMillis() / 1000.0);
    }
    SyncReport.Counts c = r.counts();
    if (!r.dryRun()) {
      out.printf(
          "  created %d, updated %d, linked %d, unchanged %d, waiting %d, skipped %d, frozen %d, failed %d%n",
          c.created(),
          c.updated(),
          c.linked(),
          c.unchanged(),
          c.waiting(),
          c.skipped(),
          c.frozen(),
          c.failed());
    }
    out.printf(
        "  API calls: HiBob %d, Remote %d (%d writes)%s%n",
        r.calls().hibob(),
        r.calls().remote(),
        r.calls().remoteWrites(),
        r.calls().rateLimited() > 0 ? ", rate-limited " + r.calls().rateLimited() : "");
    r.warnings().forEach(w -> out.println("  Warning: " + w));
    r.people().stream()
        .filter(p -> p.status() == PersonStatus.FAILED)
        .forEach(p -> out.println("  Failed: " + p.name() + ": " + p.message()));
    out.flush();
  }

  static String words(AccessReport.Outcome outcome) {
    return ConnectionOutcomes.hibobLine(outcome.name());
  }

  private static String label(AccessReport.Severity severity) {
    return severity == AccessReport.Severity.INFO
        ? "Note: "
        : severity.name().charAt(0) + severity.name().substring(1).toLowerCase(Locale.ROOT) + ": ";
  }

  static String cut(String s, int width) {
    if (s == null) {
      return "-";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
