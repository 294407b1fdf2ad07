package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** The "Remote status" text last written to each person's field in HiBob, per integration. */
public final class WrittenStatuses {
  private final Db db;
  private final Clock clock;

  WrittenStatuses(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** HiBob id to the text last written. */
  public Map<String, String> all(String integrationId) {
    return db.withHandle(
        "read the written Remote statuses of integration " + integrationId,
        h -> {
          Map<String, String> written = new HashMap<>();
          h.createQuery(
                  "SELECT hibob_id, text FROM remote_status_written WHERE integration_id = :i")
              .bind("i", integrationId)
              .map((rs, ctx) -> Map.entry(rs.getString("hibob_id"), rs.getString("text")))
              .forEach(e -> written.put(e.getKey(), e.getValue()));
          return written;
        });
  }

  public void record(String integrationId, String hibobId, String text) {
    db.useTransaction(
        "record the Remote status written for " + hibobId,
        h -> {
          h.createUpdate(
                  "DELETE FROM remote_status_written WHERE integration_id = :i AND hibob_id = :p")
              .bind("i", integrationId)
              .bind("p", hibobId)
              .execute();
          h.createUpdate(
                  "INSERT INTO remote_status_written (integration_id, hibob_id, text, written_at)"
                      + " VALUES (:i, :p, :t, :at)")
              .bind("i", integrationId)
              .bind("p", hibobId)
              .bind("t", StoredText.fit(text, 1000))
              .bind("at", clock.instant())
              .execute();
        });
  }
}
