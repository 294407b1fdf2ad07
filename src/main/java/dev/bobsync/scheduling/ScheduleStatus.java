package dev.bobsync.scheduling;

import java.time.Instant;
import java.util.Optional;

/**
 * An integration's place in the schedule, as every instance sees it.
 *
 * @param running whether a run of it is under way
 * @param runningOn the instance running it, or null
 * @param nextRun when it runs next; empty while running, and when nothing is due (no interval)
 */
public record ScheduleStatus(boolean running, String runningOn, Optional<Instant> nextRun) {
  public ScheduleStatus {
    nextRun = nextRun == null ? Optional.empty() : nextRun;
  }

  /** Not on the schedule: unknown, removed, or not scheduled yet. */
  public static final ScheduleStatus NONE = new ScheduleStatus(false, null, Optional.empty());
}
