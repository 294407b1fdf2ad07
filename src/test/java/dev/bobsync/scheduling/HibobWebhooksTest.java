package dev.bobsync.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.WebhookDispatcher;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.SyncRun;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HiBob's signed webhooks, sent by the HiBob emulator to the endpoint, turned into targeted syncs
 * that reach the Remote emulator.
 */
class HibobWebhooksTest {
  static final String SECRET = "bob-webhook-secret-7f2c";
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir java.nio.file.Path dir;
  ServiceHarness h;
  Integration acme;

  @BeforeEach
  void connectedAndSyncedOnce() {
    h = new ServiceHarness(dir);
    acme = h.addAcme();
    h.store.integrations().setWebhookSecret(acme.id(), SECRET);
    h.scheduler.start();
    Eventually.await("the first sync", WAIT, () -> runs("schedule").size() == 1);
    Eventually.await("the first sync to end", WAIT, () -> !h.scheduler.running(acme.id()));
    assertThat(runs("schedule").get(0).state()).isEqualTo("succeeded");
  }

  @AfterEach
  void close() {
    if (h != null) {
      h.close();
    }
  }

  @Test
  void aChangeInHibobReachesRemoteWithinSeconds() throws Exception {
    h.hibob.company().registerWebhook(h.endpoint.url(acme.id()), SECRET);
    String nina = h.store.people().find(acme.id(), "101").orElseThrow().remoteId();
    long start = System.nanoTime();

    h.hibob.company().patchEmployee("101", json("{\"work\": {\"title\": \"Senior Engineer\"}}"));

    Eventually.await(
        "the new title in Remote",
        WAIT,
        () -> "Senior Engineer".equals(h.employment(nina).jobTitle()));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    Eventually.await("the webhook run to end", WAIT, () -> finished(runs("webhook")) == 1);
    assertThat(runs("webhook").get(0).state()).isEqualTo("succeeded");
    assertThat(h.store.people().find(acme.id(), "101").orElseThrow().status()).isEqualTo("synced");
    assertThat(h.metrics.counter("bobsync.webhooks.received", "type", "employee").count())
        .isGreaterThanOrEqualTo(1);
    assertThat(
            h.metrics
                .counter(
                    "bobsync.sync.runs",
                    "integration",
                    acme.id(),
                    "trigger",
                    "webhook",
                    "outcome",
                    "succeeded")
                .count())
        .isEqualTo(1);
  }

  @Test
  void aBurstOfChangesBecomesOneTargetedRunForEveryoneInIt() throws Exception {
    h.hibob.company().registerWebhook(h.endpoint.url(acme.id()), SECRET);
    String nina = h.store.people().find(acme.id(), "101").orElseThrow().remoteId();
    // Gus, not Cleo: Remote's API takes no update of a contractor.
    String gus = h.store.people().find(acme.id(), "102").orElseThrow().remoteId();
    h.hibob.resetStats();

    h.hibob.company().patchEmployee("101", json("{\"firstName\": \"Nína\"}"));
    h.hibob.company().patchEmployee("102", json("{\"firstName\": \"Gustavo\"}"));
    h.hibob.company().patchEmployee("101", json("{\"work\": {\"title\": \"Staff Engineer\"}}"));

    Eventually.await(
        "both changes in Remote",
        WAIT,
        () ->
            h.employment(nina).fullName().startsWith("Nína")
                && "Staff Engineer".equals(h.employment(nina).jobTitle())
                && h.employment(gus).fullName().startsWith("Gustavo"));
    h.hibob.awaitWebhooks(WAIT);
    Eventually.pause(Duration.ofMillis(1500));
    assertThat(runs("webhook")).hasSize(1);
    assertThat(h.hibob.stats().count("POST", "/v1/people/search")).isEqualTo(2);
    assertThat(h.store.pendingChanges().list(acme.id())).isEmpty();
  }

  @Test
  void R9_anApprovedTimeOffRequestReachesRemoteWithinSeconds() throws Exception {
    String nina = h.store.people().find(acme.id(), "101").orElseThrow().remoteId();
    h.remote.company(ServiceHarness.COMPANY).moveEmployment(nina, EmploymentStatus.ACTIVE);
    h.scheduler.syncNow(acme.id(), "manual");
    Eventually.await("the manual sync", WAIT, () -> finished(runs("manual")) == 2);
    h.hibob.company().registerWebhook(h.endpoint.url(acme.id()), SECRET);
    LocalDate day = LocalDate.parse("2027-01-12");
    long request =
        h.hibob
            .company()
            .addTimeOffRequest(
                new TimeOffDraft(
                    "101", "Holiday", "pending", day, "all_day", day, "all_day", null));
    long start = System.nanoTime();

    h.hibob.company().setTimeOffStatus(request, "approved");

    Eventually.await(
        "the time off booked",
        WAIT,
        () ->
            h.store
                .timeOff()
                .find(acme.id(), String.valueOf(request))
                .map(r -> r.status().equals("booked"))
                .orElse(false));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(h.remote.company(ServiceHarness.COMPANY).timeoffs())
        .filteredOn(t -> t.employmentId().equals(nina))
        .hasSize(1);
    assertThat(runs("webhook")).extracting(SyncRun::kind).contains("timeoff");
    assertThat(h.metrics.counter("bobsync.webhooks.received", "type", "timeoff").count())
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void aWebhookWithAWrongSignatureIsRefusedAndNothingRuns() throws Exception {
    h.hibob.company().registerWebhook(h.endpoint.url(acme.id()), "not-the-secret");

    h.hibob.company().patchEmployee("101", json("{\"work\": {\"title\": \"Senior Engineer\"}}"));
    h.hibob.awaitWebhooks(WAIT);

    List<WebhookDispatcher.Delivery> deliveries = h.hibob.webhookDeliveries();
    assertThat(deliveries).isNotEmpty().allSatisfy(d -> assertThat(d.status()).isEqualTo(401));
    assertThat(h.store.pendingChanges().list(acme.id())).isEmpty();
    Eventually.pause(Duration.ofSeconds(1));
    assertThat(runs("webhook")).isEmpty();
    assertThat(h.metrics.counter("bobsync.webhooks.rejected", "reason", "signature").count())
        .isEqualTo(deliveries.size());
  }

  private List<SyncRun> runs(String trigger) {
    return h.store.runs().recent(acme.id(), 50).stream()
        .filter(r -> r.trigger().equals(trigger))
        .toList();
  }

  private static long finished(List<SyncRun> runs) {
    return runs.stream().filter(r -> !r.running()).count();
  }

  private static JsonNode json(String text) throws Exception {
    return Json.newMapper().readTree(text);
  }
}
