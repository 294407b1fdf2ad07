package dev.bobsync.alerts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Sleeper;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one alert to each channel, trying again after a pause where that may help (timeouts, 5xx,
 * SMTP 4xx: up to {@link #ATTEMPTS} attempts), never after a refusal (bad password, 4xx); every
 * send and every failure, with its reason, goes to the log and the integration's audit.
 */
final class Deliveries {
  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
  static final int ATTEMPTS = 3;

  /** How one channel's delivery ended. */
  record Result(String kind, String target, boolean sent, int attempts, String reason) {}

  private final Store store;
  private final Sleeper sleeper;
  private final Duration firstBackoff;

  Deliveries(Store store, Sleeper sleeper, Duration firstBackoff) {
    this.store = store;
    this.sleeper = sleeper;
    this.firstBackoff = firstBackoff;
  }

  List<Result> send(
      String integrationId,
      String integrationName,
      String runId,
      String purpose,
      Alert alert,
      List<AlertChannel> channels) {
    List<Result> results = new ArrayList<>();
    for (AlertChannel channel : channels) {
      Result r = deliver(channel, alert);
      results.add(r);
      if (r.sent()) {
        LOG.info(
            "Integration \"{}\": {} alert sent by {} to {}",
            integrationName,
            purpose,
            r.kind(),
            r.target());
      } else {
        LOG.warn(
            "Integration \"{}\": {} alert by {} to {} failed after {} attempt(s): {}",
            integrationName,
            purpose,
            r.kind(),
            r.target(),
            r.attempts(),
            r.reason());
      }
      store.audit().record(audit(integrationId, runId, purpose, alert, r));
    }
    return results;
  }

  private Result deliver(AlertChannel channel, Alert alert) {
    Duration backoff = firstBackoff;
    for (int attempt = 1; ; attempt++) {
      try {
        channel.send(alert);
        return new Result(channel.kind(), channel.target(), true, attempt, null);
      } catch (DeliveryFailure e) {
        if (!e.retryable() || attempt >= ATTEMPTS) {
          return new Result(channel.kind(), channel.target(), false, attempt, e.getMessage());
        }
        try {
          sleeper.sleep(backoff);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return new Result(channel.kind(), channel.target(), false, attempt, e.getMessage());
        }
        backoff = backoff.multipliedBy(4);
      }
    }
  }

  private static AuditEntry audit(
      String integrationId, String runId, String purpose, Alert alert, Result r) {
    ObjectNode after = JsonNodeFactory.instance.objectNode();
    after.put("channel", r.kind());
    after.put("to", r.target());
    after.put("subject", alert.subject());
    after.put("attempts", r.attempts());
    after.put("outcome", r.sent() ? "sent" : "failed");
    if (r.reason() != null) {
      after.put("reason", r.reason());
    }
    return new AuditEntry(
        null,
        integrationId,
        runId,
        null,
        "bobsync",
        r.kind(),
        r.sent() ? "alert_sent" : "alert_failed",
        r.kind(),
        null,
        List.of(purpose),
        null,
        after.toString());
  }
}
