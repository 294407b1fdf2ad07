package dev.bobsync.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private final FixedWindowRateLimiter limiter =
      new FixedWindowRateLimiter(clock, Duration.ofSeconds(60));

  @Test
  void allowsTheLimitThenRefusesUntilTheWindowResets() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("acme", 3).allowed()).isTrue();
    }
    FixedWindowRateLimiter.Decision refused = limiter.acquire("acme", 3);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    assertThat(refused.resetAt()).isEqualTo(Instant.parse("2026-11-22T10:01:00Z"));

    clock.advance(Duration.ofSeconds(60));
    FixedWindowRateLimiter.Decision fresh = limiter.acquire("acme", 3);
    assertThat(fresh.allowed()).isTrue();
    assertThat(fresh.remaining()).isEqualTo(2);
  }

  @Test
  void keysHaveTheirOwnWindows() {
    assertThat(limiter.acquire("acme", 1).allowed()).isTrue();
    assertThat(limiter.acquire("acme", 1).allowed()).isFalse();
    assertThat(limiter.acquire("globex", 1).allowed()).isTrue();
  }
}
