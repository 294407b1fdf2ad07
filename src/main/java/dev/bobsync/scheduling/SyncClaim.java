package dev.bobsync.scheduling;

import dev.bobsync.BobsyncException;
import dev.bobsync.store.Store;
import dev.bobsync.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The claim a sync outside the scheduler ({@code bobsync sync}) takes on an integration: the
 * scheduler's own lock, the integration's row in db-scheduler's table, picked as an instance picks
 * it. While it is held no scheduled, "Sync now" or webhook run of that integration starts on any
 * {@code serve} instance, and the holder beats the row's heartbeat as an instance does. A pick
 * whose heartbeat is older than two minutes belongs to a process that died and is taken over.
 * Without a row (no {@code serve} ever scheduled the integration) there is nothing to hold.
 */
public final class SyncClaim implements AutoCloseable {
  /** A sync of the integration runs elsewhere and the caller chose not to wait. */
  public static final class BusyException extends BobsyncException {
    BusyException(String message) {
      super(message);
    }
  }

  static final Duration HEARTBEAT = Duration.ofSeconds(5);
  static final Duration STALE = Duration.ofMinutes(2);
  private static final String ROW = " WHERE task_name = ? AND task_instance = ?";

  private final DataSource db;
  private final String integrationId;
  private final String holder;
  private final Clock clock;
  private final ScheduledExecutorService beats;

  private SyncClaim(DataSource db, String integrationId, String holder, Clock clock, boolean held) {
    this.db = db;
    this.integrationId = integrationId;
    this.holder = holder;
    this.clock = clock;
    if (held) {
      beats =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "sync-claim-heartbeat");
                t.setDaemon(true);
                return t;
              });
      long every = HEARTBEAT.toMillis();
      beats.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
    } else {
      beats = null;
    }
  }

  /**
   * Takes the claim; when a run holds it, waits for its end (telling {@code onWait} who runs it,
   * once) or, without {@code wait}, throws {@link BusyException}.
   */
  public static SyncClaim take(
      Store store,
      String integrationId,
      String holder,
      boolean wait,
      Clock clock,
      Consumer<String> onWait) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(integrationId, "integrationId");
    DataSource db = store.dataSource();
    boolean told = false;
    while (true) {
      Instant now = clock.instant();
      if (pick(db, integrationId, holder, now)) {
        return new SyncClaim(db, integrationId, holder, clock, true);
      }
      Optional<String> running = pickedBy(db, integrationId);
      if (running.isEmpty()) {
        return new SyncClaim(db, integrationId, holder, clock, false);
      }
      String by = running.get().isEmpty() ? "another process" : running.get();
      if (!wait) {
        throw new BusyException(
            "a sync of this integration is running on " + by + "; try again when it ends");
      }
      if (!told) {
        onWait.accept(by);
        told = true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BusyException("interrupted while waiting for the sync running on " + by);
      }
    }
  }

  /** No claim, for runs that write nothing. */
  public static SyncClaim none() {
    return new SyncClaim(null, null, null, null, false);
  }

  /** Whether this process holds the row (false when no row exists). */
  public boolean held() {
    return beats != null;
  }

  private static boolean pick(DataSource db, String id, String holder, Instant now) {
    String sql =
        "UPDATE scheduled_tasks SET picked = TRUE, picked_by = ?, last_heartbeat = ?,"
            + " version = version + 1"
            + ROW
            + " AND (picked = FALSE OR last_heartbeat IS NULL OR last_heartbeat < ?)";
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, holder);
      s.setObject(2, utc(now));
      s.setString(3, IntegrationTask.NAME);
      s.setString(4, id);
      s.setObject(5, utc(now.minus(STALE)));
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException(
          "claim integration " + id + " failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
  }

  /** Who holds the row ("" when nobody says), or empty when there is no row. */
  private static Optional<String> pickedBy(DataSource db, String id) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT picked, picked_by FROM scheduled_tasks" + ROW)) {
      s.setString(1, IntegrationTask.NAME);
      s.setString(2, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(rs.getString("picked_by") == null ? "" : rs.getString("picked_by"));
      }
    } catch (SQLException e) {
      throw new StoreException(
          "read claim of integration " + id + " failed (SQLSTATE " + e.getSQLState() + ")", e);
    }
  }

  private void beat() {
    update("UPDATE scheduled_tasks SET last_heartbeat = ?" + ROW + " AND picked_by = ?", true);
  }

  private void update(String sql, boolean withTime) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      int i = 1;
      if (withTime) {
        s.setObject(i++, utc(clock.instant()));
      }
      s.setString(i++, IntegrationTask.NAME);
      s.setString(i++, integrationId);
      s.setString(i, holder);
      s.executeUpdate();
    } catch (SQLException e) {
      // the next beat tries again; a release that fails is taken over once stale
    }
  }

  /** Gives the row back to the scheduler. */
  @Override
  public void close() {
    if (beats == null) {
      return;
    }
    beats.shutdownNow();
    update(
        "UPDATE scheduled_tasks SET picked = FALSE, picked_by = NULL, last_heartbeat = NULL,"
            + " version = version + 1"
            + ROW
            + " AND picked_by = ?",
        false);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
