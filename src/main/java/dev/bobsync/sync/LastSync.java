package dev.bobsync.sync;

import dev.bobsync.store.SyncRun;
import java.util.List;
import java.util.Map;

/**
 * What an admin reads as an integration's "last sync": the latest finished employee sync, shown as
 * partial or failed when the time-off sync that ran after it was. A compensation export is not a
 * sync; it counts only for an integration that does nothing else.
 */
public final class LastSync {
  private static final Map<String, Integer> SEVERITY =
      Map.of("succeeded", 0, "partial", 1, "failed", 2);

  private LastSync() {}

  /** The run to show, from runs newest first; null when none has finished. */
  public static SyncRun of(List<SyncRun> newestFirst) {
    SyncRun people = latest(newestFirst, "remote");
    if (people == null) {
      SyncRun timeOff = latest(newestFirst, "timeoff");
      return timeOff != null ? timeOff : latest(newestFirst, null);
    }
    SyncRun shown = people;
    for (SyncRun r : newestFirst) {
      boolean after = !r.startedAt().isBefore(people.startedAt());
      if (after && !r.running() && r.kind().equals("timeoff") && worse(r, shown)) {
        shown = r;
      }
    }
    return shown;
  }

  private static SyncRun latest(List<SyncRun> newestFirst, String kind) {
    return newestFirst.stream()
        .filter(r -> !r.running() && (kind == null || kind.equals(r.kind())))
        .findFirst()
        .orElse(null);
  }

  private static boolean worse(SyncRun a, SyncRun b) {
    return SEVERITY.getOrDefault(a.state(), 2) > SEVERITY.getOrDefault(b.state(), 2);
  }
}
