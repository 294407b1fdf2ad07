package dev.bobsync.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remote's company managers (e-mail to user id) per integration, as the last run read them. A full
 * run always reads them afresh; a targeted run (after a webhook or a Remote event) reuses a list
 * younger than {@link #MAX_AGE}: Remote lists managers in pages, and reading them all for one
 * person would spend Remote's 20 calls a minute.
 */
final class ManagerCache {
  /** The scheduled full sync's usual interval: a new manager in Remote is seen by then. */
  static final Duration MAX_AGE = Duration.ofHours(1);

  private record Entry(Map<String, String> managers, Instant readAt) {}

  private final Clock clock;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  ManagerCache(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The integration's managers: reused when {@code mayReuse} and fresh, else read and kept. */
  Map<String, String> get(
      String integrationId, boolean mayReuse, Supplier<Map<String, String>> read) {
    Instant now = clock.instant();
    Entry kept = entries.get(integrationId);
    if (mayReuse && kept != null && kept.readAt().plus(MAX_AGE).isAfter(now)) {
      return kept.managers();
    }
    Map<String, String> fresh = Map.copyOf(read.get());
    entries.put(integrationId, new Entry(fresh, now));
    return fresh;
  }
}
