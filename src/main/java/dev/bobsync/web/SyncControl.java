package dev.bobsync.web;

import java.time.Instant;
import java.util.Optional;

/** What the page and the API need of whatever runs syncs: start one now, and when is the next. */
public interface SyncControl {
  /** Starts a sync of the integration now; false when one is already running. */
  boolean syncNow(String integrationId, String trigger);

  /** When the integration syncs next by itself, if scheduled. */
  Optional<Instant> nextRun(String integrationId);

  /**
   * Brings the integration's automatic syncs in line with the store: scheduled at its interval, or
   * unscheduled once it is removed.
   */
  void refresh(String integrationId);

  /** Whether a sync of the integration is running now, on any instance. */
  boolean running(String integrationId);
}
