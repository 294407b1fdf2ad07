package dev.bobsync.sync.timeoff;

import dev.bobsync.sync.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one time-off sync did (or, in a dry run, would do).
 *
 * @param counts this run's outcomes: booked and cancelled in Remote, and the requests that are
 *     newly waiting or skipped, or failed
 * @param requests those requests, one line each
 * @param totals every request the integration has seen, by status, after the run
 * @param error why the run failed as a whole, or {@code null}
 */
public record TimeOffReport(
    String integration,
    String runId,
    boolean dryRun,
    Counts counts,
    List<RequestResult> requests,
    SyncReport.Calls calls,
    Duration took,
    List<String> warnings,
    Map<String, Integer> totals,
    String error) {

  public TimeOffReport {
    requests = List.copyOf(requests);
    warnings = List.copyOf(warnings);
    totals = Map.copyOf(totals);
  }

  public boolean failed() {
    return error != null;
  }

  /** How many requests ended each way in this run. */
  public record Counts(int booked, int cancelled, int waiting, int skipped, int failed) {
    static Counts of(List<RequestResult> results) {
      int[] c = new int[5];
      for (RequestResult r : results) {
        if (r.action() == RequestResult.Action.BOOKED) {
          c[0]++;
        } else if (r.action() == RequestResult.Action.CANCELLED) {
          c[1]++;
        } else if (r.status() == TimeOffStatus.WAITING) {
          c[2]++;
        } else if (r.status() == TimeOffStatus.SKIPPED) {
          c[3]++;
        } else if (r.status() == TimeOffStatus.FAILED) {
          c[4]++;
        }
      }
      return new Counts(c[0], c[1], c[2], c[3], c[4]);
    }
  }
}
