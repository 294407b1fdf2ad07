package dev.bobsync.scheduling;

import dev.bobsync.store.Integration;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;

/** Runs one sync of an integration: what the scheduler calls for every run, whatever its cause. */
@FunctionalInterface
public interface IntegrationRunner {
  /**
   * Syncs {@code integration} as {@code options} say (trigger, node, and the people of a targeted
   * sync) and records the run; a failure of the sync itself is in the report.
   */
  SyncReport run(Integration integration, SyncOptions options);
}
