package dev.bobsync.alerts;

import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.PersonResult;
import dev.bobsync.sync.SyncReport;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.status.StatusWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a run has to tell (pure): the run failed, people newly failed or newly wait for an
 * admin, a permission HiBob granted at an earlier full run is now missing (rule C2). What was
 * already told and is still true is not told again; what cleared is forgotten, so it is news if it
 * comes back. Only words go in: names, statuses, reasons, permissions; never a value from a record.
 */
final class AlertComposer {
  static final String RUN = "run:failed";
  static final String PERSON = "person:";
  static final String PERMISSION = "permission:";
  static final String PERMISSIONS_SEEN = "permissions:baseline";

  /** The alert (or {@code null}: nothing new), and what to remember. */
  record Composed(Alert alert, Map<String, String> nowTrue, List<String> cleared) {}

  private AlertComposer() {}

  static Composed compose(
      String integration,
      boolean targeted,
      IntegrationSync.Report report,
      Map<String, String> reported,
      String link) {
    Map<String, String> now = new LinkedHashMap<>();
    List<String> cleared = new ArrayList<>();
    List<String> failedRun = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    List<String> permissions = new ArrayList<>();

    String error = error(report);
    if (error != null) {
      now.put(RUN, error.length() > 200 ? error.substring(0, 200) : error);
      failedRun.add(error);
    } else if (reported.containsKey(RUN)) {
      cleared.add(RUN);
    }
    SyncReport people = report.people();
    if (people != null && !people.failed()) {
      for (PersonResult r : people.people()) {
        String key = PERSON + r.hibobId();
        boolean problem =
            r.status() == PersonStatus.FAILED || StatusWords.needsAdmin(r.status(), r.reason());
        if (!problem) {
          if (reported.containsKey(key)) {
            cleared.add(key);
          }
          continue;
        }
        String detail = r.status().code() + ":" + (r.reason() == null ? "" : r.reason().name());
        now.put(key, detail);
        if (!detail.equals(reported.get(key))) {
          String line = "- " + r.name() + ": " + StatusWords.of(r.status(), r.reason());
          (r.status() == PersonStatus.FAILED ? failed : waiting).add(line);
        }
      }
      if (!targeted) {
        // the first full run takes what the connection check already showed as the baseline
        boolean baseline = reported.containsKey(PERMISSIONS_SEEN);
        now.put(PERMISSIONS_SEEN, "yes");
        for (String p : people.missingPermissions()) {
          now.put(PERMISSION + p, "missing");
          if (baseline && !reported.containsKey(PERMISSION + p)) {
            permissions.add("- " + p);
          }
        }
        reported.keySet().stream()
            .filter(k -> k.startsWith(PERMISSION))
            .filter(k -> !now.containsKey(k))
            .forEach(cleared::add);
      }
    }
    boolean runNews = error != null && !now.get(RUN).equals(reported.get(RUN));
    if (!runNews && failed.isEmpty() && waiting.isEmpty() && permissions.isEmpty()) {
      return new Composed(null, now, cleared);
    }
    return new Composed(
        new Alert(
            subject(integration, runNews, failed.size(), waiting.size(), permissions.size()),
            body(integration, runNews ? failedRun : List.of(), failed, waiting, permissions, link)),
        now,
        cleared);
  }

  private static String error(IntegrationSync.Report report) {
    if (report.people() != null && report.people().failed()) {
      return "the employee sync failed: " + report.people().error();
    }
    if (report.timeOff() != null && report.timeOff().failed()) {
      return "the time-off sync failed: " + report.timeOff().error();
    }
    return null;
  }

  private static String subject(String integration, boolean run, int failed, int waiting, int p) {
    List<String> parts = new ArrayList<>();
    if (run) {
      parts.add("the sync failed");
    }
    if (failed > 0) {
      parts.add(failed + (failed == 1 ? " person" : " people") + " newly failed");
    }
    if (waiting > 0) {
      parts.add(waiting + (waiting == 1 ? " person waits" : " people wait") + " for an admin");
    }
    if (p > 0) {
      parts.add(p + (p == 1 ? " HiBob permission" : " HiBob permissions") + " missing");
    }
    return "bobsync \"" + integration + "\": " + String.join(", ", parts);
  }

  private static String body(
      String integration,
      List<String> run,
      List<String> failed,
      List<String> waiting,
      List<String> permissions,
      String link) {
    StringBuilder b = new StringBuilder();
    b.append("HiBob -> Remote integration \"").append(integration).append("\".\n");
    run.forEach(e -> b.append("\nThe sync failed: ").append(e).append('\n'));
    section(b, "Newly failed", failed);
    section(b, "Newly waiting for an admin", waiting);
    section(
        b,
        "HiBob no longer shows bobsync some fields. Add to the service user's permission group",
        permissions);
    if (link != null) {
      b.append("\nSee every person's status: ").append(link).append('\n');
    }
    return b.toString();
  }

  private static void section(StringBuilder b, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append(" (").append(lines.size()).append("):\n");
    lines.forEach(l -> b.append(l).append('\n'));
  }
}
