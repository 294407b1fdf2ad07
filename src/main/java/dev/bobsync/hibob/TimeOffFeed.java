package dev.bobsync.hibob;

import java.util.List;

/**
 * What one read of the time-off change feed brought: its entries, oldest first, and the entries
 * that could not be read at all (no request id), each with why, for the run's warnings.
 */
public record TimeOffFeed(List<TimeOffChange> changes, List<String> skipped) {
  public TimeOffFeed {
    changes = List.copyOf(changes);
    skipped = List.copyOf(skipped);
  }
}
