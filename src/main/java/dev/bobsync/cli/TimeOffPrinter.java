package dev.bobsync.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Json;
import dev.bobsync.sync.timeoff.RequestResult;
import dev.bobsync.sync.timeoff.TimeOffReport;
import dev.bobsync.sync.timeoff.TimeOffStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Plain-text output of a time-off sync; {@code --json} is for scripts. */
final class TimeOffPrinter {
  private static final List<String> STATUSES =
      List.of("booked", "cancelled", "waiting", "skipped", "failed");

  private final PrintWriter out;

  TimeOffPrinter(PrintWriter out) {
    this.out = out;
  }

  void sync(TimeOffReport r) {
    if (r.failed()) {
      out.println("Time-off sync of \"" + r.integration() + "\" failed: " + r.error());
      out.flush();
      return;
    }
    TimeOffReport.Counts c = r.counts();
    if (r.dryRun()) {
      out.println("Time off, dry run: nothing was written.");
      r.requests()
          .forEach(
              q ->
                  out.printf(
                      "  %-28s %-9s %s%n",
                      Printer.cut(q.name(), 28),
                      q.action() == RequestResult.Action.NONE ? q.status().code() : verb(q),
                      q.message()));
    } else {
      out.printf(
          "Time off of \"%s\" synced in %.1f s.%n", r.integration(), r.took().toMillis() / 1000.0);
    }
    out.printf(
        "  booked %d, cancelled %d, waiting %d, skipped %d, failed %d%n",
        c.booked(), c.cancelled(), c.waiting(), c.skipped(), c.failed());
    if (!r.totals().isEmpty()) {
      out.println("  In all: " + totals(r.totals()));
    }
    out.printf(
        "  API calls: HiBob %d, Remote %d (%d writes)%s%n",
        r.calls().hibob(),
        r.calls().remote(),
        r.calls().remoteWrites(),
        r.calls().rateLimited() > 0 ? ", rate-limited " + r.calls().rateLimited() : "");
    r.warnings().forEach(w -> out.println("  Warning: " + w));
    if (!r.dryRun()) {
      r.requests().stream()
          .filter(q -> q.status() == TimeOffStatus.FAILED)
          .forEach(q -> out.println("  Failed: " + q.message()));
    }
    out.flush();
  }

  static ObjectNode toJson(TimeOffReport report) {
    ObjectMapper mapper = Json.newMapper();
    ObjectNode node = mapper.valueToTree(report);
    node.put("seconds", report.took().toMillis() / 1000.0);
    node.remove("took");
    return node;
  }

  private static String verb(RequestResult q) {
    return q.action() == RequestResult.Action.BOOKED ? "book" : "cancel";
  }

  private static String totals(Map<String, Integer> totals) {
    StringBuilder s = new StringBuilder();
    for (String status : STATUSES) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(status).append(' ').append(totals.getOrDefault(status, 0));
    }
    return s.toString();
  }
}
