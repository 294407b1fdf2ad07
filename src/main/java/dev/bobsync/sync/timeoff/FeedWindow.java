package dev.bobsync.sync.timeoff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Which part of HiBob's change feed a run reads. The feed refuses a {@code since} older than about
 * six months, so a first run reads as far back as it may, and a run after a long pause reads from
 * that limit and re-reads what it already knows instead ({@link #gap()}).
 *
 * @param since the first instant read
 * @param to the instant read up to (excluded): the next run's watermark
 * @param reach the oldest instant HiBob lets a run read now
 * @param watermark where the last run stopped, or {@code null} on the first run
 */
public record FeedWindow(Instant since, Instant to, Instant reach, Instant watermark) {
  /** Re-read this much before the watermark: HiBob's reads lag its writes by up to 20 s. */
  public static final Duration OVERLAP = Duration.ofMinutes(1);

  /** HiBob keeps six months of feed; a day less keeps clear of its edge. */
  static final int MONTHS = 6;

  public FeedWindow {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reach, "reach");
  }

  /** The window of a run at {@code now}, after a last run that stopped at {@code watermark}. */
  public static FeedWindow of(Optional<Instant> watermark, Instant now) {
    Instant reach = now.atOffset(ZoneOffset.UTC).minusMonths(MONTHS).plusDays(1).toInstant();
    Instant wanted = watermark.map(w -> w.minus(OVERLAP)).orElse(reach);
    Instant since = wanted.isBefore(reach) ? reach : wanted;
    return new FeedWindow(since, now, reach, watermark.orElse(null));
  }

  public boolean firstRun() {
    return watermark == null;
  }

  /** Whether changes since the last run are partly beyond the feed's reach. */
  public boolean gap() {
    return watermark != null && watermark.minus(OVERLAP).isBefore(reach);
  }

  /** The first day the feed covers, for messages. */
  public LocalDate reachDay() {
    return LocalDate.ofInstant(reach, ZoneOffset.UTC);
  }
}
