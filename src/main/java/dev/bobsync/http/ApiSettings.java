package dev.bobsync.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one vendor API for one integration.
 *
 * @param side "HiBob" or "Remote", used in every error
 * @param integration the integration's name, or {@code null} outside one (connection checks)
 * @param baseUrl the API root the request paths are appended to
 * @param timeout how long one request may take
 * @param maxAttempts how many times a retryable call is tried in all
 * @param firstBackoff the wait after the first 5xx or timeout; doubles each time
 * @param defaultRateWindow how long to wait after a 429 that says nothing about when to retry
 */
public record ApiSettings(
    String side,
    String integration,
    URI baseUrl,
    Duration timeout,
    int maxAttempts,
    Duration firstBackoff,
    Duration defaultRateWindow) {

  public ApiSettings {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(defaultRateWindow, "defaultRateWindow");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    String url = baseUrl.toString();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException(side + " URL must start with http:// or https://: " + url);
    }
    if (url.endsWith("/")) {
      baseUrl = URI.create(url.substring(0, url.length() - 1));
    }
  }

  /** Sensible defaults: 30 s timeout, 5 attempts, backoff from 500 ms, a 60 s rate window. */
  public static ApiSettings of(String side, String integration, URI baseUrl) {
    return new ApiSettings(
        side,
        integration,
        baseUrl,
        Duration.ofSeconds(30),
        5,
        Duration.ofMillis(500),
        Duration.ofSeconds(60));
  }

  public ApiSettings withTimeout(Duration value) {
    return new ApiSettings(
        side, integration, baseUrl, value, maxAttempts, firstBackoff, defaultRateWindow);
  }

  public ApiSettings withBackoff(Duration value) {
    return new ApiSettings(
        side, integration, baseUrl, timeout, maxAttempts, value, defaultRateWindow);
  }
}
