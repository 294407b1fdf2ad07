package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A targeted run does not list Remote's managers again; a full run always does. */
class ManagerCacheTest {
  final SettableClock clock = new SettableClock(Instant.parse("2026-12-05T09:00:00Z"));
  final ManagerCache cache = new ManagerCache(clock);
  final AtomicInteger reads = new AtomicInteger();
  final Supplier<Map<String, String>> remote =
      () -> {
        reads.incrementAndGet();
        return Map.of("ana@acme.example", "user-" + reads.get());
      };

  @Test
  void aTargetedRunReusesTheManagersTheLastRunRead() {
    assertThat(cache.get("acme", false, remote)).containsEntry("ana@acme.example", "user-1");
    clock.advance(Duration.ofMinutes(30));

    assertThat(cache.get("acme", true, remote)).containsEntry("ana@acme.example", "user-1");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFullRunAlwaysReadsThemAfresh() {
    cache.get("acme", false, remote);
    cache.get("acme", false, remote);

    assertThat(reads).hasValue(2);
    assertThat(cache.get("acme", true, remote)).containsEntry("ana@acme.example", "user-2");
  }

  @Test
  void aListOlderThanAnHourOrOfAnotherIntegrationIsReadAgain() {
    cache.get("acme", false, remote);
    clock.advance(ManagerCache.MAX_AGE);

    cache.get("acme", true, remote);
    cache.get("globex", true, remote);

    assertThat(reads).hasValue(3);
  }
}
