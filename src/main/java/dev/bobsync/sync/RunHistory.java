package dev.bobsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.store.Store;
import java.io.IOException;

/** Records a run's outcome, and remembers what earlier runs learnt of Remote. */
final class RunHistory {
  private final Store store;
  private final ObjectMapper json;

  RunHistory(Store store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  /** How many employments Remote had after the last run, or -1 if no run has listed them. */
  int knownTotal(String integrationId) {
    return store
        .runs()
        .lastFinished(integrationId, "remote")
        .map(r -> remoteTotal(r.countsJson()))
        .orElse(-1);
  }

  /**
   * Finishes the run: succeeded, partial (someone failed) or failed. {@code remoteTotal} is what a
   * listing in this run counted, or -1 to carry the last known figure forward.
   */
  void finish(String runId, String integrationId, SyncReport report, int remoteTotal) {
    SyncReport.Counts c = report.counts();
    ObjectNode counts =
        json.createObjectNode()
            .put("created", c.created())
            .put("updated", c.updated())
            .put("linked", c.linked())
            .put("unchanged", c.unchanged())
            .put("waiting", c.waiting())
            .put("skipped", c.skipped())
            .put("frozen", c.frozen())
            .put("failed", c.failed())
            .put("remoteReads", report.calls().remoteReads())
            .put("remoteWrites", report.calls().remoteWrites())
            .put("rateLimited", report.calls().rateLimited());
    int known = knownTotal(integrationId);
    counts.put(
        "remoteTotal", remoteTotal >= 0 ? remoteTotal : known < 0 ? -1 : known + c.created());
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

  private int remoteTotal(String countsJson) {
    try {
      JsonNode node = json.readTree(countsJson == null ? "{}" : countsJson);
      return node.path("remoteTotal").asInt(-1);
    } catch (IOException unreadable) {
      return -1;
    }
  }
}
