package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.bobsync.http.Hmac;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import dev.bobsync.store.MasterKey;
import dev.bobsync.store.NewIntegration;
import dev.bobsync.store.PendingChange;
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

/** What the webhook receiver answers, and what it queues, for each kind of request. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookReceiptTest {
  static final String SECRET = "whsec-Q7d1";

  @TempDir static Path dir;
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
  final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:03:00Z"));
  Store store;
  HibobWebhooks webhooks;

  @BeforeAll
  void open() {
    store = Store.open(TestDatabases.h2(dir, MasterKey.generate()), Clock.systemUTC());
    SyncScheduler scheduler =
        SyncScheduler.builder(store, (i, o) -> null).node("node-1").meterRegistry(metrics).build();
    webhooks = new HibobWebhooks(store, scheduler, clock, Duration.ofMinutes(10));
  }

  @AfterAll
  void close() {
    store.close();
  }

  @Test
  void aSignedEmployeeEventQueuesThatPerson() {
    Integration acme = integration(true);
    byte[] body = envelope("employee.updated", "\"3437990292286865812\"");

    HibobWebhooks.Receipt receipt = webhooks.receive(acme.id(), body, sign(body));

    assertThat(receipt.status()).isEqualTo(200);
    assertThat(store.pendingChanges().list(acme.id()))
        .extracting(PendingChange::hibobId, PendingChange::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("3437990292286865812", "webhook"));
    assertThat(metrics.counter("bobsync.webhooks.received", "type", "employee").count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void timeOffAndTableEventsQueueTheirEmployeeToo() {
    Integration acme = integration(true);
    byte[] timeOff = envelope("timeoff.request.approved", "101, \"requestId\": 7");
    byte[] table = envelope("table.entry.created", "\"102\", \"tableId\": \"work\"");

    assertThat(webhooks.receive(acme.id(), timeOff, sign(timeOff)).status()).isEqualTo(200);
    assertThat(webhooks.receive(acme.id(), table, sign(table)).status()).isEqualTo(200);

    assertThat(store.pendingChanges().list(acme.id()))
        .extracting(PendingChange::hibobId, PendingChange::timeOff)
        .containsExactlyInAnyOrder(tuple("101", true), tuple("102", false));
  }

  @Test
  void aCapturedDeliveryOlderThanTheWindowIsRefusedAndQueuesNothing() {
    Integration acme = integration(true);
    // HiBob's own format: microseconds, no zone (UTC)
    byte[] old = envelope("employee.updated", "\"41\"", "2026-11-22T07:00:00.915906");
    byte[] fresh = envelope("employee.updated", "\"42\"", "2026-11-22T10:01:00.915906");

    HibobWebhooks.Receipt refused = webhooks.receive(acme.id(), old, sign(old));
    HibobWebhooks.Receipt accepted = webhooks.receive(acme.id(), fresh, sign(fresh));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).contains("2026-11-22T07:00:00.915906Z");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(store.pendingChanges().list(acme.id()))
        .extracting(PendingChange::hibobId)
        .containsExactly("42");
  }

  @Test
  void aRepeatedDeliveryWithinTheWindowIsRefused() {
    Integration acme = integration(true);
    byte[] body = envelope("employee.updated", "\"43\"", "2026-11-22T10:02:00.000001");

    HibobWebhooks.Receipt first = webhooks.receive(acme.id(), body, sign(body));
    HibobWebhooks.Receipt again = webhooks.receive(acme.id(), body, sign(body));

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).contains("already received");
    assertThat(metrics.counter("bobsync.webhooks.rejected", "reason", "replayed").count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aWrongOrMissingSignatureIsRefusedAndQueuesNothing() {
    Integration acme = integration(true);
    byte[] body = envelope("employee.updated", "\"101\"");
    String forged = Hmac.hibobSignature("guess", body);

    HibobWebhooks.Receipt wrong = webhooks.receive(acme.id(), body, forged);
    HibobWebhooks.Receipt missing = webhooks.receive(acme.id(), body, null);
    byte[] tampered = envelope("employee.updated", "\"102\"");
    HibobWebhooks.Receipt changed = webhooks.receive(acme.id(), tampered, sign(body));

    assertThat(wrong.status()).isEqualTo(401);
    assertThat(missing.status()).isEqualTo(401);
    assertThat(changed.status()).isEqualTo(401);
    assertThat(wrong.message()).doesNotContain(SECRET);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
    assertThat(metrics.counter("bobsync.webhooks.rejected", "reason", "signature").count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void withoutAStoredSecretEveryWebhookIsRefused() {
    Integration acme = integration(false);
    byte[] body = envelope("employee.updated", "\"101\"");

    HibobWebhooks.Receipt receipt = webhooks.receive(acme.id(), body, sign(body));

    assertThat(receipt.status()).isEqualTo(401);
    assertThat(receipt.message()).contains("webhook", "secret");
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void anUnknownOrRemovedIntegrationIsNotFound() {
    Integration removed = integration(true);
    store.integrations().remove(removed.id(), true);
    byte[] body = envelope("employee.updated", "\"101\"");

    assertThat(webhooks.receive("no-such-id", body, sign(body)).status()).isEqualTo(404);
    assertThat(webhooks.receive("x\nFORGED LOG LINE", body, sign(body)).status()).isEqualTo(404);
    assertThat(webhooks.receive(removed.id(), body, sign(body)).status()).isEqualTo(404);
  }

  @Test
  void signedBodiesThatAreNoPersonChangeAreAnsweredWithoutASync() {
    Integration acme = integration(true);
    byte[] notJson = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] other = envelope("company.updated", "null");
    byte[] noEmployee = "{\"type\": \"employee.updated\", \"data\": {}}".getBytes();

    assertThat(webhooks.receive(acme.id(), notJson, sign(notJson)).status()).isEqualTo(400);
    assertThat(webhooks.receive(acme.id(), other, sign(other)).status()).isEqualTo(200);
    assertThat(webhooks.receive(acme.id(), noEmployee, sign(noEmployee)).status()).isEqualTo(200);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void hibobsPingTestIsAnsweredBeforeTheSecretIsEnteredAndStartsNothing() {
    Integration acme = integration(false);

    for (String ping : List.of("Ping test", "\"Ping test\"", "{\"text\":\"Ping test\"}")) {
      byte[] body = ping.getBytes(StandardCharsets.UTF_8);
      assertThat(webhooks.receive(acme.id(), body, null).status()).as(ping).isEqualTo(200);
    }
    byte[] notAPing = "{\"text\":\"Ping test\", \"type\": \"employee.updated\"}".getBytes();
    assertThat(webhooks.receive(acme.id(), notAPing, null).status()).isEqualTo(401);
    assertThat(webhooks.receive("no-such-id", "Ping test".getBytes(), null).status())
        .isEqualTo(404);
    assertThat(store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAnyWork() {
    Integration acme = integration(true);
    byte[] huge = new byte[HibobWebhooks.MAX_BODY_BYTES + 1];

    assertThat(webhooks.receive(acme.id(), huge, sign(huge)).status()).isEqualTo(413);
  }

  private Integration integration(boolean withSecret) {
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
    if (withSecret) {
      store.integrations().setWebhookSecret(i.id(), SECRET);
    }
    return i;
  }

  private static byte[] envelope(String type, String employeeId) {
    return envelope(type, employeeId, "2026-11-22T10:00:00Z");
  }

  private static byte[] envelope(String type, String employeeId, String triggeredAt) {
    return ("{\"companyId\": 630000, \"type\": \""
            + type
            + "\", \"triggeredBy\": \"control-api\", \"triggeredAt\": \""
            + triggeredAt
            + "\","
            + " \"version\": \"v2\", \"data\": {\"employeeId\": "
            + employeeId
            + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String sign(byte[] body) {
    return Hmac.hibobSignature(SECRET, body);
  }
}
