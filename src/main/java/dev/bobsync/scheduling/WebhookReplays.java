package dev.bobsync.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a captured webhook delivery sent again: one whose {@code triggeredAt} is older than the
 * window (or as far in the future), or whose exact body the integration already received within the
 * window. Bodies are remembered by digest, in memory, for one window.
 */
final class WebhookReplays {
  /** How old a delivery may be unless {@value #ENV} says otherwise. */
  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  /** The environment variable that sets the window, e.g. {@code 10m}, {@code 90s}. */
  static final String ENV = "BOBSYNC_WEBHOOK_MAX_AGE";

  private final Clock clock;
  private final Duration window;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  WebhookReplays(Clock clock, Duration window) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
  }

  /** Why this delivery is refused, or empty when it is fresh and new (and now remembered). */
  Optional<String> refusal(String integrationId, byte[] body, ObjectMapper json) {
    return refusal(integrationId, triggeredAt(body, json), body);
  }

  /**
   * Why a delivery sent at {@code sentAt} (empty: unreadable) whose signed content is {@code
   * signed} is refused, or empty when it is fresh and new (and now remembered).
   */
  Optional<String> refusal(String integrationId, Optional<Instant> sentAt, byte[] signed) {
    Instant now = clock.instant();
    if (sentAt.isEmpty()) {
      return Optional.of("the delivery carries no readable time it was sent");
    }
    Duration age = Duration.between(sentAt.get(), now).abs();
    if (age.compareTo(window) > 0) {
      return Optional.of(
          "the delivery was sent at "
              + sentAt.get()
              + ", more than "
              + words(window)
              + " from now; a captured delivery is not accepted again");
    }
    seen.values().removeIf(at -> !at.plus(window).isAfter(now));
    Instant first = seen.putIfAbsent(integrationId + ":" + digest(signed), now);
    if (first != null) {
      return Optional.of("this delivery was already received at " + first);
    }
    return Optional.empty();
  }

  private static String words(Duration d) {
    return d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toSeconds() + " seconds";
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** HiBob's {@code triggeredAt}: microseconds and no zone (UTC), or an ISO instant. */
  static Optional<Instant> triggeredAt(byte[] body, ObjectMapper json) {
    try {
      JsonNode at = json.readTree(body).path("triggeredAt");
      if (!at.isTextual()) {
        return Optional.empty();
      }
      String text = at.asText().strip();
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException noZone) {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      }
    } catch (IOException | DateTimeParseException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** The window from {@value #ENV} ("10m", "90s", "1h"), or the default. */
  static Duration window(Map<String, String> env) {
    String value = env.get(ENV);
    if (value == null || value.isBlank()) {
      return DEFAULT_WINDOW;
    }
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      long n = Long.parseLong(v.substring(0, v.length() - 1));
      Duration d =
          switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new NumberFormatException();
          };
      if (d.isNegative() || d.isZero()) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(
          ENV + " takes a duration like 10m, 90s or 1h, not \"" + value + "\"");
    }
  }
}
