package dev.bobsync.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Reads how long a 429 asks the caller to wait, in each vendor's own headers. */
@FunctionalInterface
public interface RetryAfter {
  /**
   * HiBob: {@code X-RateLimit-Reset} in whole epoch seconds, so the window may end up to a second
   * after the second it names: waiting until then would often run into another 429.
   */
  RetryAfter HIBOB =
      (response, now) ->
          fromRetryAfter(response, now)
              .or(
                  () ->
                      longHeader(response, "X-RateLimit-Reset")
                          .map(reset -> untilEpoch(reset + 1, now)));

  /**
   * Remote: no Retry-After; {@code x-ratelimit-reset} is the number of milliseconds until the
   * window resets (a duration, never an epoch), at most one 60-second window.
   */
  RetryAfter REMOTE =
      (response, now) ->
          fromRetryAfter(response, now)
              .or(
                  () ->
                      longHeader(response, "x-ratelimit-reset")
                          .map(ms -> Duration.ofMillis(Math.min(Math.max(ms, 0), 60_000))));

  /** The wait the answer asks for, if it says. */
  Optional<Duration> after(ApiResponse response, Instant now);

  private static Optional<Duration> fromRetryAfter(ApiResponse response, Instant now) {
    return response
        .header("Retry-After")
        .flatMap(
            value -> {
              try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
              } catch (NumberFormatException notSeconds) {
                try {
                  Instant at =
                      ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                          .toInstant();
                  return Optional.of(positive(Duration.between(now, at)));
                } catch (RuntimeException notADate) {
                  return Optional.empty();
                }
              }
            });
  }

  private static Optional<Long> longHeader(ApiResponse response, String name) {
    return response
        .header(name)
        .flatMap(
            value -> {
              try {
                return Optional.of(Long.parseLong(value.trim()));
              } catch (NumberFormatException e) {
                return Optional.empty();
              }
            });
  }

  private static Duration untilEpoch(long epochSeconds, Instant now) {
    return positive(Duration.between(now, Instant.ofEpochSecond(epochSeconds)));
  }

  private static Duration positive(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
