package dev.bobsync.scheduling;

import dev.bobsync.store.PendingChange;
import dev.bobsync.store.PendingSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an integration runs next and what a due run does: pure, so every timing rule is a unit test.
 *
 * <p>The webhook window adapts. A change that arrives alone, while the integration is quiet (its
 * last run started at least {@code spacing} ago), waits only {@code quiet} for company: it reaches
 * Remote within a second or two. Under a burst (several changes waiting, or one arriving right
 * after a run) the run waits until no change has come for {@code quiet}, but never longer than
 * {@code window} after the first, so a burst becomes one targeted run; and a targeted run always
 * starts at least {@code spacing} after the previous run, which keeps a stream of changes within
 * HiBob's and Remote's per-minute limits.
 *
 * @param quiet how long a change waits for others when nothing else is going on
 * @param window the longest changes gather under a burst, from the first of them
 * @param spacing the least time between the start of a run and that of a targeted sync after it
 * @param targetedLimit the most people a targeted sync takes (one HiBob search each); more make a
 *     full sync, which reads everyone in one search
 */
record Cadence(Duration quiet, Duration window, Duration spacing, int targetedLimit) {
  /** The time of a row with nothing to run: an integration without interval and no changes. */
  static final Instant IDLE = Instant.parse("9999-01-01T00:00:00Z");

  /** How long a lone change waits by default (never longer than the window). */
  static final Duration QUIET = Duration.ofMillis(300);

  /** A cadence whose quiet wait is {@link #QUIET}, or the window when that is shorter. */
  Cadence(Duration window, Duration spacing, int targetedLimit) {
    this(QUIET.compareTo(window) < 0 ? QUIET : window, window, spacing, targetedLimit);
  }

  /** When the row should next run, given the changes waiting. */
  Instant nextTime(SyncPlan plan, Optional<PendingSpan> pending, Instant now) {
    if (plan.requested() != null) {
      return now;
    }
    Instant next = plan.nextFull() == null ? IDLE : plan.nextFull();
    if (pending.isPresent()) {
      Instant targeted = targetedTime(plan, pending.get());
      next = targeted.isBefore(next) ? targeted : next;
    }
    return next;
  }

  /** When a targeted run of these changes may start: the adaptive window, then the spacing. */
  Instant targetedTime(SyncPlan plan, PendingSpan pending) {
    Instant earliest = plan.lastStart() == null ? null : plan.lastStart().plus(spacing);
    boolean alone =
        pending.count() == 1 && (earliest == null || !pending.oldest().isBefore(earliest));
    Instant at;
    if (alone) {
      at = pending.oldest().plus(quiet);
    } else {
      Instant settled = pending.newest().plus(quiet);
      Instant cap = pending.oldest().plus(window);
      at = settled.isBefore(cap) ? settled : cap;
    }
    return earliest != null && at.isBefore(earliest) ? earliest : at;
  }

  /** What a run that is due now does. */
  Choice choose(SyncPlan plan, List<PendingChange> pending, Instant now) {
    if (plan.requested() != null) {
      return Choice.full(plan.requested(), pending);
    }
    if (plan.nextFull() != null && !now.isBefore(plan.nextFull())) {
      return Choice.full("schedule", pending);
    }
    if (pending.isEmpty()) {
      return Choice.NOTHING;
    }
    if (now.isBefore(nextTime(plan, span(pending), now))) {
      return Choice.NOTHING;
    }
    Choice targeted = Choice.targeted(pending);
    return targeted.people().size() > targetedLimit
        ? Choice.full(targeted.trigger(), pending)
        : targeted;
  }

  /** The plan after a run of {@code choice} that started at {@code started}. */
  SyncPlan after(SyncPlan plan, Choice choice, Instant started, Duration interval, Instant now) {
    return switch (choice.kind()) {
      case FULL -> plan.afterFull(interval, started);
      case TARGETED -> plan.afterTargeted(started).withInterval(interval, now);
      case NONE -> plan.withInterval(interval, now);
    };
  }

  /** The span of a list of pending changes (any order). */
  static Optional<PendingSpan> span(List<PendingChange> pending) {
    if (pending.isEmpty()) {
      return Optional.empty();
    }
    Instant oldest = pending.get(0).receivedAt();
    Instant newest = oldest;
    for (PendingChange c : pending) {
      oldest = c.receivedAt().isBefore(oldest) ? c.receivedAt() : oldest;
      newest = c.receivedAt().isAfter(newest) ? c.receivedAt() : newest;
    }
    return Optional.of(new PendingSpan(oldest, newest, pending.size()));
  }
}
