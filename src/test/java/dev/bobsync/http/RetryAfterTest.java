package dev.bobsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void hibobResetIsWholeEpochSecondsSoTheWaitRunsToTheEndOfThatSecond() {
    ApiResponse r =
        response(Map.of("X-RateLimit-Reset", String.valueOf(now.getEpochSecond() + 12)));
    assertThat(RetryAfter.HIBOB.after(r, now)).contains(Duration.ofSeconds(13));
    assertThat(RetryAfter.HIBOB.after(r, now.plusMillis(12_700)))
        .as("the window can end as late as the end of the second named")
        .contains(Duration.ofMillis(300));
  }

  @Test
  void remoteResetIsMillisecondsUntilTheWindowResetsNeverAnEpoch() {
    assertThat(RetryAfter.REMOTE.after(response(Map.of("x-ratelimit-reset", "1500")), now))
        .contains(Duration.ofMillis(1500));
    assertThat(RetryAfter.REMOTE.after(response(Map.of("x-ratelimit-reset", "0")), now))
        .contains(Duration.ZERO);
    String epochMs = String.valueOf(now.toEpochMilli() + 4000);
    assertThat(RetryAfter.REMOTE.after(response(Map.of("x-ratelimit-reset", epochMs)), now))
        .as("a value beyond one 60-second window is never waited out in full")
        .contains(Duration.ofSeconds(60));
  }

  @Test
  void retryAfterWinsWhenPresentAndNothingMeansUnknown() {
    ApiResponse r = response(Map.of("Retry-After", "7", "X-RateLimit-Reset", "1"));
    assertThat(RetryAfter.HIBOB.after(r, now)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.REMOTE.after(response(Map.of()), now)).isEmpty();
  }

  private static ApiResponse response(Map<String, String> headers) {
    Map<String, List<String>> map = new java.util.HashMap<>();
    headers.forEach((k, v) -> map.put(k, List.of(v)));
    return new ApiResponse(429, HttpHeaders.of(map, (a, b) -> true), new byte[0]);
  }
}
