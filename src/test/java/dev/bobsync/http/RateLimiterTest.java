package dev.bobsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private final List<Duration> slept = new ArrayList<>();
  private final Sleeper sleeper =
      d -> {
        slept.add(d);
        clock.advance(d);
      };

  @Test
  void neverGrantsMoreThanThePermitsInAnyWindow() throws Exception {
    RateLimiter limiter = new RateLimiter(20, Duration.ofMinutes(1), clock, sleeper);
    List<Instant> grants = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      limiter.acquire();
      grants.add(clock.instant());
      clock.advance(Duration.ofMillis(100));
    }
    for (int i = 20; i < grants.size(); i++) {
      assertThat(Duration.between(grants.get(i - 20), grants.get(i)))
          .isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    }
    // 65 calls at 20 per minute: the last one goes out just after three full windows.
    assertThat(Duration.between(grants.get(0), grants.get(64)))
        .isLessThan(Duration.ofMinutes(3).plusSeconds(5));
  }

  @Test
  void everyCallAndEvery429IsToldToTheObserverByBudgetAndApi() throws Exception {
    RateLimiters limiters = new RateLimiters(clock, sleeper);
    RateLimiter before = limiters.perMinute("i-1/remote", 20);
    List<String> seen = new ArrayList<>();
    limiters.observe(
        new CallObserver() {
          @Override
          public void sent(String budget, String api) {
            seen.add("sent " + budget + " " + api);
          }

          @Override
          public void rateLimited(String budget, String api) {
            seen.add("429 " + budget + " " + api);
          }
        });
    before.acquire();
    limiters.perMinute("check:w:acme/hibob", 50).acquire();
    before.rateLimited(clock.instant());
    assertThat(seen)
        .containsExactly("sent i-1 remote", "sent check:w:acme hibob", "429 i-1 remote");
  }

  @Test
  void pausesUntilTheServersResetAfterA429() throws Exception {
    RateLimiter limiter = new RateLimiter(50, Duration.ofMinutes(1), clock, sleeper);
    limiter.acquire();
    limiter.pauseUntil(clock.instant().plusSeconds(30));
    limiter.acquire();
    assertThat(slept).containsExactly(Duration.ofSeconds(30));
  }
}
