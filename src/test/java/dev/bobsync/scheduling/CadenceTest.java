package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.PendingChange;
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
    assertThat(cadence.nextTime(plan, Optional.of(first), first))
        .isEqualTo(T0.plusSeconds(10)); // spacing after the run at T0
    Instant later = T0.plusSeconds(60);
    assertThat(cadence.nextTime(plan, Optional.of(later), later)).isEqualTo(later.plusSeconds(2));
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
    Instant now = T0.plusSeconds(61);
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
    assertThat(cadence.nextTime(plan, Optional.of(T0), T0)).isEqualTo(T0.plusSeconds(2));
    SyncPlan after =
        cadence.after(
            plan.requesting("manual"), Choice.full("manual", List.of()), T0, Duration.ZERO, T0);
    assertThat(after.nextFull()).isNull();
  }

  private static PendingChange change(long id, String hibobId, int secondsAfterT0) {
    return new PendingChange(id, hibobId, "webhook", T0.plusSeconds(secondsAfterT0), false);
  }
}
