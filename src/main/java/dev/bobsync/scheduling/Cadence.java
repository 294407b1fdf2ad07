package dev.bobsync.scheduling;

import dev.bobsync.store.PendingChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an integration runs next and what a due run does: pure, so every timing rule is a unit test.
 *
 * @param window how long changes reported by webhooks gather before their targeted sync
 * @param spacing the least time between the start of a run and that of a targeted sync after it
 * @param targetedLimit the most people a targeted sync takes (one HiBob search each); more make a
 *     full sync, which reads everyone in one search
 */
record Cadence(Duration window, Duration spacing, int targetedLimit) {
  /** The time of a row with nothing to run: an integration without interval and no changes. */
  static final Instant IDLE = Instant.parse("9999-01-01T00:00:00Z");

  /** When the row should next run, given the oldest pending change. */
  Instant nextTime(SyncPlan plan, Optional<Instant> oldestPending, Instant now) {
    if (plan.requested() != null) {
      return now;
    }
    Instant next = plan.nextFull() == null ? IDLE : plan.nextFull();
    if (oldestPending.isPresent()) {
      Instant targeted = oldestPending.get().plus(window);
      if (plan.lastStart() != null && targeted.isBefore(plan.lastStart().plus(spacing))) {
        targeted = plan.lastStart().plus(spacing);
      }
      next = targeted.isBefore(next) ? targeted : next;
    }
    return next;
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
    Optional<Instant> oldest = Optional.of(pending.get(0).receivedAt());
    if (now.isBefore(nextTime(plan, oldest, now))) {
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
}
