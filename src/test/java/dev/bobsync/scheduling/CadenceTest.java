package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.PendingChange;
import dev.bobsync.store.PendingSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an integration runs next and what a due run does. */
class CadenceTest {
  static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);
  final Cadence cadence = new Cadence(Duration.ofSeconds(2), Duration.ofSeconds(10), 3);

  @Test
  void R10_aFullSyncIsDueEveryIntervalFromTheStartOfTheLastOne() {
    SyncPlan plan = SyncPlan.first(HOUR, T0);
    assertThat(cadence.nextTime(plan, Optional.empty(), T0)).isEqualTo(T0);
    Choice choice = cadence.choose(plan, List.of(), T0);
    assertThat(choice.kind()).isEqualTo(Choice.Kind.FULL);
    assertThat(choice.trigger()).isEqualTo("schedule");

    SyncPlan after = cadence.after(plan, choice, T0, HOUR, T0.plusSeconds(90));

    assertThat(cadence.nextTime(after, Optional.empty(), T0)).isEqualTo(T0.plus(HOUR));
    assertThat(cadence.choose(after, List.of(), T0.plusSeconds(600)).runs()).isFalse();
  }

  @Test
  void R10_syncNowRunsAFullSyncAtOnceAndRestartsTheInterval() {
    SyncPlan plan = SyncPlan.first(HOUR, T0.plus(HOUR)).requesting("manual");
    Instant now = T0.plusSeconds(30);
    assertThat(cadence.nextTime(plan, Optional.empty(), now)).isEqualTo(now);

    Choice choice = cadence.choose(plan, List.of(), now);
    assertThat(choice.kind()).isEqualTo(Choice.Kind.FULL);
    assertThat(choice.trigger()).isEqualTo("manual");
    SyncPlan after = cadence.after(plan, choice, now, HOUR, now);
    assertThat(after.requested()).isNull();
    assertThat(after.nextFull()).isEqualTo(now.plus(HOUR));
  }

  @Test
  void changesGatherForTheWindowAndTheirRunKeepsItsDistanceFromThePreviousOne() {
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant first = T0.plusSeconds(1);
    assertThat(cadence.nextTime(plan, one(first), first))
        .isEqualTo(T0.plusSeconds(10)); // spacing after the run at T0
    Instant later = T0.plusSeconds(60);
    assertThat(cadence.nextTime(plan, one(later), later)).isEqualTo(later.plusMillis(300));
  }

  @Test
  void aDueTargetedRunTakesEveryoneChangedAndLeavesTheFullSyncWhereItWas() {
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    List<PendingChange> pending =
        List.of(change(1, "101", 60), change(2, "102", 61), change(3, "101", 61));
    Instant now = T0.plusSeconds(63);

    Choice choice = cadence.choose(plan, pending, now);

    assertThat(choice.kind()).isEqualTo(Choice.Kind.TARGETED);
    assertThat(choice.trigger()).isEqualTo("webhook");
    assertThat(choice.people()).containsExactly("101", "102");
    assertThat(choice.covered()).hasSize(3);
    SyncPlan after = cadence.after(plan, choice, now, HOUR, now);
    assertThat(after.nextFull()).isEqualTo(T0.plus(HOUR));
    assertThat(after.lastStart()).isEqualTo(now);
  }

  @Test
  void changesNotYetDueRunNothing() {
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant now = T0.plusSeconds(60).plusMillis(100);
    assertThat(cadence.choose(plan, List.of(change(1, "101", 60)), now).runs()).isFalse();
  }

  @Test
  void moreChangedPeopleThanTheLimitMakeOneFullSync() {
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    List<PendingChange> pending =
        List.of(change(1, "1", 60), change(2, "2", 60), change(3, "3", 60), change(4, "4", 60));

    Choice choice = cadence.choose(plan, pending, T0.plusSeconds(70));

    assertThat(choice.kind()).isEqualTo(Choice.Kind.FULL);
    assertThat(choice.trigger()).isEqualTo("webhook");
    assertThat(choice.covered()).hasSize(4);
  }

  @Test
  void aDueFullSyncCoversThePendingChangesToo() {
    SyncPlan plan = new SyncPlan(3600, T0, null, null);
    Choice choice = cadence.choose(plan, List.of(change(1, "101", 0)), T0);
    assertThat(choice.kind()).isEqualTo(Choice.Kind.FULL);
    assertThat(choice.covered()).hasSize(1);
  }

  @Test
  void anIntervalChangeMovesTheNextFullSyncToOneNewIntervalFromNow() {
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant now = T0.plusSeconds(600);

    SyncPlan changed = plan.withInterval(Duration.ofMinutes(15), now);

    assertThat(changed.nextFull()).isEqualTo(now.plus(Duration.ofMinutes(15)));
    assertThat(changed.withInterval(Duration.ofMinutes(15), now.plus(HOUR))).isEqualTo(changed);
  }

  @Test
  void withoutIntervalOnlyRequestsAndChangesRun() {
    SyncPlan plan = SyncPlan.first(Duration.ZERO, T0);
    assertThat(plan.nextFull()).isNull();
    assertThat(cadence.nextTime(plan, Optional.empty(), T0)).isEqualTo(Cadence.IDLE);
    assertThat(cadence.nextTime(plan, one(T0), T0)).isEqualTo(T0.plusMillis(300));
    SyncPlan after =
        cadence.after(
            plan.requesting("manual"), Choice.full("manual", List.of()), T0, Duration.ZERO, T0);
    assertThat(after.nextFull()).isNull();
  }

  @Test
  void aLoneChangeOnAQuietIntegrationWaitsOnlyTheQuietWindow() {
    Cadence adaptive = new Cadence(Duration.ofMillis(250), Duration.ofSeconds(5), FIVE, 3);
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant at = T0.plusSeconds(30);

    assertThat(adaptive.nextTime(plan, one(at), at)).isEqualTo(at.plusMillis(250));
    assertThat(adaptive.choose(plan, List.of(change(1, "101", 30)), at).runs()).isFalse();
    Choice due = adaptive.choose(plan, List.of(change(1, "101", 30)), at.plusMillis(250));
    assertThat(due.kind()).isEqualTo(Choice.Kind.TARGETED);
    assertThat(due.people()).containsExactly("101");
  }

  @Test
  void aBurstGathersUntilChangesStopComingButNoLongerThanTheWindowFromTheFirst() {
    Cadence adaptive = new Cadence(Duration.ofMillis(500), Duration.ofSeconds(5), FIVE, 3);
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant first = T0.plusSeconds(60);

    // a second change 400 ms later: the run waits until 500 ms after it
    PendingSpan two = new PendingSpan(first, first.plusMillis(400), 2);
    assertThat(adaptive.nextTime(plan, Optional.of(two), first.plusMillis(400)))
        .isEqualTo(first.plusMillis(900));
    // changes still arriving 4.8 s on: the window closes 5 s after the first
    PendingSpan stream = new PendingSpan(first, first.plusMillis(4800), 12);
    assertThat(adaptive.nextTime(plan, Optional.of(stream), first.plusMillis(4800)))
        .isEqualTo(first.plusSeconds(5));
  }

  @Test
  void aBurstOfFewPeopleBecomesOneTargetedRunAtTheEndOfItsWindow() {
    Cadence adaptive = new Cadence(Duration.ofMillis(500), Duration.ofSeconds(5), FIVE, 3);
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    List<PendingChange> burst =
        List.of(
            change(1, "101", 60),
            changeAt(2, "102", T0.plusSeconds(60).plusMillis(200)),
            changeAt(3, "101", T0.plusSeconds(60).plusMillis(300)),
            changeAt(4, "103", T0.plusSeconds(60).plusMillis(450)));

    assertThat(adaptive.choose(plan, burst, T0.plusSeconds(60).plusMillis(900)).runs()).isFalse();
    Choice one = adaptive.choose(plan, burst, T0.plusSeconds(60).plusMillis(950));
    assertThat(one.kind()).isEqualTo(Choice.Kind.TARGETED);
    assertThat(one.people()).containsExactly("101", "102", "103");
    assertThat(one.covered()).hasSize(4);
  }

  @Test
  void aChangeRightAfterARunWaitsForTheSpacingSoAStreamStaysWithinTheLimits() {
    Cadence adaptive = new Cadence(Duration.ofMillis(300), Duration.ofSeconds(5), FIVE, 3);
    Instant lastRun = T0.plusSeconds(100);
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, lastRun);
    Instant soon = lastRun.plusSeconds(1);

    assertThat(adaptive.nextTime(plan, one(soon), soon)).isEqualTo(lastRun.plus(FIVE));
    // one change every second for a minute: at most one targeted run per spacing, 12 a minute,
    // each 2 HiBob calls (metadata, one search): 24 of HiBob's 50 a minute
    Instant t = lastRun;
    int runs = 0;
    Instant next = adaptive.nextTime(plan, one(soon), soon);
    for (int s = 1; s <= 60; s++) {
      Instant now = lastRun.plusSeconds(s);
      if (!now.isBefore(next)) {
        runs++;
        plan = plan.afterTargeted(now);
        t = now;
      }
      next = adaptive.nextTime(plan, one(now), now);
    }
    assertThat(runs).isLessThanOrEqualTo(12);
    assertThat(t).isAfter(lastRun);
  }

  @Test
  void aLoneChangeLongAfterTheLastRunIsQuietAgain() {
    Cadence adaptive = new Cadence(Duration.ofMillis(300), Duration.ofSeconds(5), FIVE, 3);
    SyncPlan plan = new SyncPlan(3600, T0.plus(HOUR), null, T0);
    Instant later = T0.plus(FIVE);
    assertThat(adaptive.nextTime(plan, one(later), later)).isEqualTo(later.plusMillis(300));
  }

  @Test
  void theQuietWindowIsNeverLongerThanTheWindow() {
    assertThat(new Cadence(Duration.ofMillis(100), FIVE, 3).quiet())
        .isEqualTo(Duration.ofMillis(100));
    assertThat(new Cadence(Duration.ofSeconds(2), FIVE, 3).quiet()).isEqualTo(Cadence.QUIET);
  }

  static final Duration FIVE = Duration.ofSeconds(5);

  private static Optional<PendingSpan> one(Instant at) {
    return Optional.of(new PendingSpan(at, at, 1));
  }

  private static PendingChange changeAt(long id, String hibobId, Instant at) {
    return new PendingChange(id, hibobId, "webhook", at, false);
  }

  private static PendingChange change(long id, String hibobId, int secondsAfterT0) {
    return new PendingChange(id, hibobId, "webhook", T0.plusSeconds(secondsAfterT0), false);
  }
}
