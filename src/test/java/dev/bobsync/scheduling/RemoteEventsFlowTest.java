package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.RemoteCallback;
import dev.bobsync.store.SyncRun;
import dev.bobsync.sync.RemoteEventsSetup;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote's events end to end: bobsync registers its callback with the Remote emulator, the emulator
 * sends a signed event when an onboarding completes, and a targeted run reads the employment and
 * writes the person's waiting HiBob changes within seconds (R7, then R8).
 */
class RemoteEventsFlowTest {
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir java.nio.file.Path dir;
  ServiceHarness h;
  Integration acme;
  RemoteEventEndpoint endpoint;
  RemoteEventsSetup setup;

  @BeforeEach
  void connectedAndSyncedOnce() {
    h = new ServiceHarness(dir);
    acme = h.addAcme();
    endpoint =
        new RemoteEventEndpoint(
            new RemoteEvents(h.store, h.scheduler, h.clock, Duration.ofMinutes(10)));
    setup =
        new RemoteEventsSetup(h.store, h.app.clients(), Optional.of(URI.create(endpoint.base())));
    h.scheduler.start();
    Eventually.await("the first sync", WAIT, () -> finished(runs("schedule")) >= 1);
    Eventually.await("the first sync to end", WAIT, () -> !h.scheduler.running(acme.id()));
  }

  @AfterEach
  void close() {
    if (endpoint != null) {
      endpoint.close();
    }
    if (h != null) {
      h.close();
    }
  }

  @Test
  void R7_R8_anOnboardingCompletedInRemoteLetsTheWaitingChangesThroughWithinSeconds() {
    assertThat(h.store.people().find(acme.id(), "106").orElseThrow().reasonCode())
        .isEqualTo("ONBOARDING_IN_PROGRESS");
    RemoteEventsSetup.Outcome registered = setup.register(acme);
    assertThat(registered.ok()).as(registered.message()).isTrue();

    // Dan's work e-mail and address wait in HiBob while he onboards (R7)
    assertThat(h.employment("e-dan").workEmail()).isNotEqualTo("dan@acme.example");
    h.remote.company(ServiceHarness.COMPANY).moveEmployment("e-dan", EmploymentStatus.ACTIVE);

    Eventually.await(
        "Dan's waiting work e-mail in Remote",
        WAIT,
        () -> "dan@acme.example".equals(h.employment("e-dan").workEmail()));
    Eventually.await(
        "the Remote event's run to end", WAIT, () -> finished(runs("remote-webhook")) >= 1);
    assertThat(runs("remote-webhook").get(0).state()).isEqualTo("succeeded");
    assertThat(h.store.people().find(acme.id(), "106").orElseThrow().remoteStatus())
        .isEqualTo("active");
    assertThat(h.store.people().find(acme.id(), "106").orElseThrow().status()).isEqualTo("synced");
    assertThat(endpoint.statuses()).contains(200).doesNotContain(401, 409);
    PersonRecord dan = h.store.people().find(acme.id(), "106").orElseThrow();
    assertThat(dan.lastChange()).contains("work e-mail");
  }

  @Test
  void registeringAgainReplacesTheCallbackAndRemovalDeletesIt() {
    assertThat(setup.register(acme).ok()).isTrue();
    String first = h.store.remoteCallbacks().of(acme.id()).id();
    assertThat(setup.register(acme).ok()).isTrue();
    RemoteCallback second = h.store.remoteCallbacks().of(acme.id());
    assertThat(second.id()).isNotEqualTo(first);
    assertThat(second.url()).isEqualTo(endpoint.base() + "/webhooks/remote/" + acme.id());
    assertThat(h.remote.webhookCallbackIds(ServiceHarness.COMPANY)).containsExactly(second.id());

    RemoteEventsSetup.Outcome removed = setup.unregister(acme);

    assertThat(removed.ok()).isTrue();
    assertThat(h.remote.webhookCallbackIds(ServiceHarness.COMPANY)).isEmpty();
    assertThat(h.store.remoteCallbacks().signingKey(acme.id())).isEmpty();
  }

  @Test
  void aCallbackRemoteCannotDeleteIsReportedAndNeverBlocksRemoval() {
    assertThat(setup.register(acme).ok()).isTrue();
    h.remote.close(); // Remote unreachable

    RemoteEventsSetup.Outcome removed = setup.unregister(acme);
    h.store.integrations().remove(acme.id(), true);

    assertThat(removed.ok()).isFalse();
    assertThat(removed.message()).contains("delete it in Remote's webhook settings");
    assertThat(removed.message()).doesNotContain("ra_test_acme");
    assertThat(h.store.integrations().byId(acme.id()).orElseThrow().removed()).isTrue();
  }

  @Test
  void withoutAPublicUrlRemoteEventsAreOffAndNothingIsRegistered() {
    RemoteEventsSetup off = new RemoteEventsSetup(h.store, h.app.clients(), Optional.empty());

    RemoteEventsSetup.Outcome outcome = off.register(acme);

    assertThat(off.enabled()).isFalse();
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.message()).contains("Remote events are off").contains("BOBSYNC_PUBLIC_URL");
    assertThat(h.remote.webhookCallbackIds(ServiceHarness.COMPANY)).isEmpty();
  }

  private List<SyncRun> runs(String trigger) {
    return h.store.runs().recent(acme.id(), 50).stream()
        .filter(r -> r.trigger().equals(trigger))
        .toList();
  }

  private static long finished(List<SyncRun> runs) {
    return runs.stream().filter(r -> !r.running()).count();
  }
}
