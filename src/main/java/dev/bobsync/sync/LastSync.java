package dev.bobsync.sync;

import dev.bobsync.store.SyncRun;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What an admin reads as an integration's "last sync": the latest finished full employee sync (a
 * webhook's run of a few people does not count while a full one exists), shown as partial or failed
 * when the newest time-off sync after it was. A compensation export is not a sync; it counts only
 * for an integration that does nothing else.
 */
public final class LastSync {
  private static final Map<String, Integer> SEVERITY =
      Map.of("succeeded", 0, "partial", 1, "failed", 2);

  private LastSync() {}

  /** The run to show, from runs newest first; null when none has finished. */
  public static SyncRun of(List<SyncRun> newestFirst) {
    SyncRun people = latest(newestFirst, kind("remote").and(LastSync::full));
    if (people == null) {
      people = latest(newestFirst, kind("remote"));
    }
    if (people == null) {
      SyncRun timeOff = latest(newestFirst, kind("timeoff"));
      return timeOff != null ? timeOff : latest(newestFirst, r -> true);
    }
    SyncRun started = people;
    SyncRun timeOff =
        latest(
            newestFirst,
            kind("timeoff")
                .and(LastSync::full)
                .and(r -> !r.startedAt().isBefore(started.startedAt())));
    return timeOff != null && worse(timeOff, people) ? timeOff : people;
  }

  private static Predicate<SyncRun> kind(String kind) {
    return r -> kind.equals(r.kind());
  }

  private static boolean full(SyncRun r) {
    return !"webhook".equals(r.trigger()) && !"remote-webhook".equals(r.trigger());
  }

  private static SyncRun latest(List<SyncRun> newestFirst, Predicate<SyncRun> which) {
    return newestFirst.stream().filter(r -> !r.running()).filter(which).findFirst().orElse(null);
  }

  private static boolean worse(SyncRun a, SyncRun b) {
    return SEVERITY.getOrDefault(a.state(), 2) > SEVERITY.getOrDefault(b.state(), 2);
  }
}
