package dev.bobsync.web.pages;

import dev.bobsync.store.Integration;
import dev.bobsync.store.SyncRun;
import java.time.Instant;
import java.util.Map;

/**
 * One integration as the page shows it: where it connects, how its syncs went, when the next one
 * is, and how many people are in each status.
 *
 * @param running the run in progress, or {@code null}
 * @param lastRun the last finished run, or {@code null}
 * @param changes what the last finished employee sync changed, or {@code null}
 */
public record IntegrationView(
    Integration integration,
    SyncRun running,
    SyncRun lastRun,
    Instant nextRun,
    Map<String, Integer> counts,
    CheckView check,
    RunChanges changes) {

  /** The status counts as a stacked bar. */
  public StatusBar statusBar() {
    return StatusBar.of(counts);
  }

  public String id() {
    return integration.id();
  }

  public String name() {
    return integration.name();
  }

  /** Whether it syncs to Remote; without, it is a compensation export only. */
  public boolean remoteSync() {
    return integration.remoteUrl() != null;
  }

  public int count(String status) {
    return counts.getOrDefault(status, 0);
  }

  public int selected() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int needsAttention() {
    return count("failed") + count("skipped") + count("waiting");
  }
}
