package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bobsync.http.Hmac;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.NewIntegration;
import dev.bobsync.store.PendingChange;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.store.TestDatabases;
import dev.bobsync.time.SettableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What the Remote event receiver answers, and what it queues, for each kind of delivery. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteEventsTest {
  static final String KEY = "remote-signing-key-4c1e";
  static final Instant NOW = Instant.parse("2026-11-22T10:03:00Z");

  @TempDir static Path dir;
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  final SettableClock clock = new SettableClock(NOW);
  Store store;
  RemoteEvents events;

  @BeforeAll
  void open() {
    store = Store.open(TestDatabases.h2(dir, MasterKey.generate()), Clock.systemUTC());
    SyncScheduler scheduler =
        SyncScheduler.builder(store, (i, o) -> null).node("node-1").meterRegistry(metrics).build();
    events = new RemoteEvents(store, scheduler, clock, Duration.ofMinutes(10));
  }

  @AfterAll
  void close() {
    store.close();
  }

  @Test
  void onboardingCompletedQueuesThePersonForARunThatReadsTheirEmployment() {
    Integration acme = integration(true);
    byte[] body = event("employment.onboarding.completed", "emp-nina");
    String at = millis(NOW.minusSeconds(2));

    RemoteEvents.Receipt receipt = events.receive(acme.id(), body, sign(body, at), at);

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(store.pendingChanges().list(acme.id()))
        .extracting(PendingChange::hibobId, PendingChange::reason)
        .containsExactly(tuple("101", RemoteEvents.REASON));
    Choice choice = Choice.targeted(store.pendingChanges().list(acme.id()));
    assertThat(choice.changedInRemote()).containsExactly("101");
    assertThat(choice.trigger()).isEqualTo("remote-webhook");
  }

  @Test
  void aBadSignatureIsRefusedAndQueuesNothing() {
    Integration acme = integration(true);
    byte[] body = event("employment.onboarding.completed", "emp-nina");
    String at = millis(NOW);

    assertThat(events.receive(acme.id(), body, sign(body, at).replace('a', 'b'), at).status())
        .isEqualTo(401);
    assertThat(events.receive(acme.id(), body, null, at).status()).isEqualTo(401);
    assertThat(events.receive(acme.id(), body, Hmac.remoteSignature("other", body, at), at))
        .extracting(RemoteEvents.Receipt::status)
        .isEqualTo(401);
    // signed over another timestamp than the one sent
    assertThat(events.receive(acme.id(), body, sign(body, at), millis(NOW.plusSeconds(1))).status())
        .isEqualTo(401);
    assertThat(events.receive(acme.id(), body, sign(body, at), null).status()).isEqualTo(401);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void aStaleTimestampIsRefusedEvenWhenSignedRight() {
    Integration acme = integration(true);
    byte[] body = event("employment.status.updated", "emp-nina");
    String old = millis(NOW.minus(Duration.ofMinutes(11)));
    String future = millis(NOW.plus(Duration.ofMinutes(11)));

    RemoteEvents.Receipt stale = events.receive(acme.id(), body, sign(body, old), old);

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.message()).contains("more than 10 minutes");
    assertThat(events.receive(acme.id(), body, sign(body, future), future).status()).isEqualTo(409);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void aReplayedDeliveryIsRefusedButARedeliveryWithANewTimestampIsTaken() {
    Integration acme = integration(true);
    byte[] body = event("employment.updated", "emp-nina");
    String at = millis(NOW.minusSeconds(30));

    assertThat(events.receive(acme.id(), body, sign(body, at), at).status()).isEqualTo(200);
    RemoteEvents.Receipt again = events.receive(acme.id(), body, sign(body, at), at);

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).contains("already received");
    assertThat(store.pendingChanges().list(acme.id())).hasSize(1);
    String later = millis(NOW.minusSeconds(5));
    RemoteEvents.Receipt redelivered = events.receive(acme.id(), body, sign(body, later), later);
    assertThat(redelivered.status()).isEqualTo(200);
    assertThat(redelivered.message()).contains("joins the run already waiting");
    assertThat(store.pendingChanges().list(acme.id())).hasSize(1);
  }

  @Test
  void anEmploymentUpdatedRightAfterBobsyncsOwnWriteIsItsEchoAndQueuesNothing() {
    Integration acme = integration(true);
    written(acme, NOW.minusSeconds(5));
    byte[] updated = event("employment.updated", "emp-nina");
    String at = millis(NOW.minusSeconds(1));

    RemoteEvents.Receipt echo = events.receive(acme.id(), updated, sign(updated, at), at);

    assertThat(echo.status()).isEqualTo(200);
    assertThat(echo.message()).contains("follows bobsync's own write");
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
    // a status change is never an echo: bobsync does not change statuses
    byte[] status = event("employment.status.updated", "emp-nina");
    assertThat(events.receive(acme.id(), status, sign(status, at), at).status()).isEqualTo(200);
    assertThat(store.pendingChanges().list(acme.id())).hasSize(1);
  }

  @Test
  void R7_theTwoEventsOfOneCompletedOnboardingMakeOneRunThatReadsTheEmploymentOnce() {
    Integration acme = integration(true);
    byte[] status = event("employment.status.updated", "emp-nina");
    byte[] completed = event("employment.onboarding.completed", "emp-nina");
    String at = millis(NOW.minusSeconds(1));

    assertThat(events.receive(acme.id(), status, sign(status, at), at).message())
        .startsWith("queued");
    assertThat(events.receive(acme.id(), completed, sign(completed, at), at).message())
        .contains("joins the run already waiting");

    assertThat(store.pendingChanges().list(acme.id()))
        .extracting(PendingChange::hibobId)
        .containsExactly("101");
  }

  @Test
  void anEmploymentUpdatedLongAfterBobsyncsLastWriteIsAnEditInRemote() {
    Integration acme = integration(true);
    written(acme, NOW.minus(RemoteEvents.ECHO).minusSeconds(1));
    byte[] updated = event("employment.updated", "emp-nina");
    String at = millis(NOW);

    assertThat(events.receive(acme.id(), updated, sign(updated, at), at).message())
        .startsWith("queued");
    assertThat(store.pendingChanges().list(acme.id())).hasSize(1);
  }

  @Test
  void anUnknownEventTypeIsAnsweredAndIgnored() {
    Integration acme = integration(true);
    byte[] body = event("expense.approved", "emp-nina");
    String at = millis(NOW);

    RemoteEvents.Receipt receipt = events.receive(acme.id(), body, sign(body, at), at);

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.message()).startsWith("ignored: expense.approved");
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void anEmploymentBobsyncDoesNotKnowIsAnsweredAndIgnored() {
    Integration acme = integration(true);
    byte[] body = event("employment.onboarding.completed", "emp-stranger");
    String at = millis(NOW);

    RemoteEvents.Receipt receipt = events.receive(acme.id(), body, sign(body, at), at);

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(receipt.message()).contains("emp-stranger is nobody bobsync syncs");
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void aSignedBodyThatIsNoEventIsABadRequest() {
    Integration acme = integration(true);
    byte[] body = "{\"employment_id\": \"emp-nina\"}".getBytes(StandardCharsets.UTF_8);
    String at = millis(NOW);
    assertThat(events.receive(acme.id(), body, sign(body, at), at).status()).isEqualTo(400);
    byte[] noJson = "not json".getBytes(StandardCharsets.UTF_8);
    String at2 = millis(NOW.minusSeconds(1));
    assertThat(events.receive(acme.id(), noJson, sign(noJson, at2), at2).status()).isEqualTo(400);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void withoutARegisteredCallbackOrIntegrationEventsAreRefused() {
    Integration acme = integration(false);
    byte[] body = event("employment.updated", "emp-nina");
    String at = millis(NOW);

    assertThat(events.receive(acme.id(), body, sign(body, at), at).status()).isEqualTo(401);
    assertThat(events.receive("no-such-id", body, sign(body, at), at).status()).isEqualTo(404);
    assertThat(events.receive("../etc", body, sign(body, at), at).status()).isEqualTo(404);
    byte[] huge = new byte[RemoteEvents.MAX_BODY_BYTES + 1];
    Integration withKey = integration(true);
    assertThat(events.receive(withKey.id(), huge, sign(huge, at), at).status()).isEqualTo(413);
  }

  @Test
  void theSigningKeyIsStoredEncryptedAndGoneWithTheIntegration() {
    Integration acme = integration(true);
    assertThat(store.remoteCallbacks().signingKey(acme.id())).contains(KEY);
    assertThat(store.remoteCallbacks().of(acme.id()).toString()).doesNotContain(KEY);

    store.integrations().remove(acme.id(), true);

    assertThat(store.remoteCallbacks().signingKey(acme.id())).isEmpty();
  }

  private Integration integration(boolean withCallback) {
    String ws = store.workspaces().create("ws").id();
    Integration i =
        store
            .integrations()
            .create(
                ws,
                new NewIntegration(
                    "acme",
                    "http://localhost:1/v1",
                    "http://localhost:1",
                    new Credentials("SERVICE-1", "token", "remote"),
                    Duration.ofHours(1),
                    null));
    if (withCallback) {
      store
          .remoteCallbacks()
          .registered(i.id(), "cb-1", "https://bobsync.example.com/webhooks/remote/" + i.id(), KEY);
    }
    store
        .people()
        .save(
            new PersonRecord(
                i.id(),
                "101",
                "Nina",
                null,
                "employee",
                "emp-nina",
                "onboarding",
                "waiting",
                null,
                null,
                null,
                null,
                null,
                null));
    return i;
  }

  private void written(Integration integration, Instant at) {
    store
        .audit()
        .record(
            new AuditEntry(
                null,
                integration.id(),
                null,
                at,
                "sync",
                "remote",
                "update_employment",
                "101",
                "emp-nina",
                List.of("address"),
                null,
                null));
  }

  private static byte[] event(String type, String employmentId) {
    return ("{\"event_type\":\""
            + type
            + "\",\"company_id\":\"co-1\",\"employment_id\":\""
            + employmentId
            + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String millis(Instant at) {
    return Long.toString(at.toEpochMilli());
  }

  private static String sign(byte[] body, String timestamp) {
    return Hmac.remoteSignature(KEY, body, timestamp);
  }
}
