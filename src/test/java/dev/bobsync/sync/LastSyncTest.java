package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.store.SyncRun;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R11/R12: the last sync an admin sees is the employee sync, with its time-off part's outcome. */
class LastSyncTest {
  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

  @Test
  void R12_aFailedEmployeeSyncIsShownEvenWhenTheTimeOffPartAfterItSucceeded() {
    SyncRun people = run("p", "remote", "failed", 0);
    SyncRun timeOff = run("t", "timeoff", "succeeded", 1);
    assertThat(LastSync.of(List.of(timeOff, people))).isEqualTo(people);
  }

  @Test
  void R12_aFailedTimeOffPartMakesTheLastSyncFailed() {
    SyncRun people = run("p", "remote", "succeeded", 0);
    SyncRun timeOff = run("t", "timeoff", "partial", 1);
    assertThat(LastSync.of(List.of(timeOff, people))).isEqualTo(timeOff);
    // an older time-off failure does not count
    SyncRun older = run("o", "timeoff", "failed", -60);
    assertThat(LastSync.of(List.of(people, older))).isEqualTo(people);
  }

  @Test
  void R12_theNewestTimeOffRunCountsAndAWebhooksRunDoesNotHideAFullOne() {
    SyncRun people = run("p", "remote", "succeeded", 0);
    SyncRun failed = run("t1", "timeoff", "failed", 1);
    SyncRun rerun = run("t2", "timeoff", "succeeded", 2);
    assertThat(LastSync.of(List.of(rerun, failed, people))).isEqualTo(people);
    SyncRun full = run("f", "remote", "failed", 0);
    SyncRun webhook = run("w", "remote", "webhook", "succeeded", 3);
    assertThat(LastSync.of(List.of(webhook, full))).isEqualTo(full);
    assertThat(LastSync.of(List.of(webhook))).isEqualTo(webhook);
  }

  @Test
  void R12_anExportIsNoSyncUnlessTheIntegrationOnlyExports() {
    SyncRun people = run("p", "remote", "succeeded", 0);
    SyncRun export = run("e", "compensation", "failed", 5);
    assertThat(LastSync.of(List.of(export, people))).isEqualTo(people);
    assertThat(LastSync.of(List.of(export))).isEqualTo(export);
    SyncRun running =
        new SyncRun("r", "i", "remote", "manual", "n", "running", T0, null, 0, 0, null, 0, 0, null);
    assertThat(LastSync.of(List.of(running))).isNull();
  }

  private static SyncRun run(String id, String kind, String state, int minutes) {
    return run(id, kind, "manual", state, minutes);
  }

  private static SyncRun run(String id, String kind, String trigger, String state, int minutes) {
    Instant start = T0.plusSeconds(60L * minutes);
    return new SyncRun(
        id, "i", kind, trigger, "n", state, start, start.plusSeconds(5), 1, 1, null, 0, 0, null);
  }
}
