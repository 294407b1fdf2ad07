package dev.bobsync.sync.timeoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.store.Store;

/** Records how a time-off run ended, in the run history (kind {@code timeoff}). */
final class TimeOffHistory {
  private final Store store;
  private final ObjectMapper json;

  TimeOffHistory(Store store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  /** Succeeded, partial (a request failed) or failed (the run itself). */
  void finish(String runId, TimeOffReport report) {
    TimeOffReport.Counts c = report.counts();
    ObjectNode counts =
        json.createObjectNode()
            .put("booked", c.booked())
            .put("cancelled", c.cancelled())
            .put("waiting", c.waiting())
            .put("skipped", c.skipped())
            .put("failed", c.failed())
            .put("remoteReads", report.calls().remoteReads())
            .put("remoteWrites", report.calls().remoteWrites())
            .put("rateLimited", report.calls().rateLimited());
    counts.set("warnings", json.valueToTree(report.warnings()));
    String outcome = report.failed() ? "failed" : c.failed() > 0 ? "partial" : "succeeded";
    store
        .runs()
        .finish(
            runId,
            outcome,
            counts.toString(),
            report.calls().hibob(),
            report.calls().remote(),
            report.error());
  }
}
