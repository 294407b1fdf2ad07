package dev.bobsync.sync.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.contract.Contract;
import dev.bobsync.contract.ContractProxy;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.hibob.PermissionGroup;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.CallObserver;
import dev.bobsync.http.Json;
import dev.bobsync.http.RateLimiter;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Integration;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.sync.IntegrationSetup;
import dev.bobsync.sync.IntegrationSync;
import dev.bobsync.sync.SyncHarness;
import dev.bobsync.sync.SyncOptions;
import dev.bobsync.sync.SyncReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Remote status" field written back to HiBob, against the HiBob emulator through a proxy that
 * checks every call and answer against bobsync's HiBob contract.
 */
class RemoteStatusWriterTest {
  static final String PAT_WAITING = "Waiting: start date not in the future";
  static final String PUT = "/v1/people/{id}";

  @TempDir Path dir;
  SyncHarness h;
  ContractProxy hibobContract;
  Integration acme;

  @BeforeEach
  void start() {
    h = new SyncHarness(dir);
    hibobContract = ContractProxy.start(Contract.load("contracts/hibob.json"), h.hibob.baseUrl());
    acme =
        new IntegrationSetup(h.store, h.app.clients())
            .add(
                h.store.workspaces().defaultWorkspace().id(),
                new IntegrationSetup.Request(
                    "acme",
                    hibobContract.url() + "/v1",
                    "SERVICE-1",
                    "hibob-secret-token",
                    h.remoteUrl(),
                    "ra_test_acme",
                    Duration.ofMinutes(60),
                    Map.of("USA", "le-usa"),
                    100_000),
                false)
            .integration();
  }

  @AfterEach
  void stop() {
    try {
      hibobContract.assertClean();
    } finally {
      hibobContract.close();
      h.close();
    }
  }

  IntegrationSync.Report run() {
    Integration fresh = h.store.integrations().byId(acme.id()).orElseThrow();
    return h.app
        .integrationSync()
        .run(fresh, SyncOptions.of("test"), EnumSet.of(IntegrationSync.Part.PEOPLE));
  }

  void switchOn() {
    new StatusSettingsStore(h.store)
        .switchTo(h.store.integrations().byId(acme.id()).orElseThrow(), true);
  }

  StatusSettings settings() {
    return new StatusSettingsStore(h.store)
        .read(h.store.integrations().byId(acme.id()).orElseThrow());
  }

  long puts() {
    return h.hibob.stats().count("PUT", PUT);
  }

  @Test
  void offByDefault_noFieldIsCreatedAndNothingIsWritten() {
    run();
    run();

    assertThat(settings().enabled()).isFalse();
    assertThat(RemoteStatusField.find(hibob().fields())).isEmpty();
    assertThat(puts()).isZero();
  }

  @Test
  void R1_whenOnTheFieldIsCreatedInWorkAndEachPersonsStatusWrittenInWords_onlyWhenItChanges() {
    h.hibob.company().replacePermissionGroup(integrations(true));
    switchOn();

    SyncReport first = run().people();

    FieldMeta field = RemoteStatusField.find(hibob().fields()).orElseThrow();
    assertThat(field.categoryId()).isEqualTo("work");
    assertThat(field.type()).isEqualTo("text");
    assertThat(settings().fieldId()).isEqualTo(field.id());
    assertThat(valueInHibob("103", field.id())).isEqualTo(PAT_WAITING);
    long written = puts();
    assertThat(written).isEqualTo(first.people().size());
    assertThat(h.store.writtenStatuses().all(acme.id())).containsEntry("103", PAT_WAITING);
    List<AuditEntry> audit = h.store.audit().list(acme.id(), 200, 0);
    assertThat(audit)
        .filteredOn(e -> e.action().equals("write_remote_status") && "103".equals(e.subject()))
        .singleElement()
        .satisfies(e -> assertThat(e.afterJson()).contains(PAT_WAITING));

    run();
    assertThat(puts()).as("nothing changed, nothing written").isEqualTo(written);

    h.hibob
        .company()
        .patchEmployee(
            "103",
            Json.newMapper()
                .createObjectNode()
                .set("work", Json.newMapper().createObjectNode().put("startDate", "2027-05-03")));
    run();
    assertThat(puts()).as("only Pat's status changed").isEqualTo(written + 1);
    assertThat(valueInHibob("103", field.id())).isEqualTo("Synced");
  }

  @Test
  void hibobAnswering403_isLoggedWithTheEditPermissionInHibobsWords_andNoSyncResultChanges() {
    SyncReport without = run().people();
    switchOn(); // the fixture's group may view Work, not edit it

    SyncReport with = run().people();

    assertThat(with.failed()).isFalse();
    assertThat(with.counts().failed()).isEqualTo(without.counts().failed());
    assertThat(h.store.people().all(acme.id()))
        .allSatisfy(p -> assertThat(p.status()).isNotEqualTo("failed"));
    assertThat(settings().problem())
        .contains("HiBob refused to write the \"Remote status\" field")
        .contains("HTTP 403")
        .contains("Work > Edit selected employees' Work sections");
    assertThat(h.store.writtenStatuses().all(acme.id())).isEmpty();
    assertThat(puts()).as("stops at the first refusal").isEqualTo(1);

    ConnectionReport check =
        new IntegrationSetup(h.store, h.app.clients())
            .check(h.store.integrations().byId(acme.id()).orElseThrow());
    assertThat(check.permissionsToAdd())
        .contains(
            "Work > Edit selected employees' Work sections (needed to write the \"Remote status\""
                + " field)");
  }

  @Test
  void theConnectionCheckNamesTheEditPermissionWhenTheFeatureIsOn() {
    h.hibob.company().replacePermissionGroup(integrations(true));
    IntegrationSetup setup = new IntegrationSetup(h.store, h.app.clients());
    ConnectionReport off = setup.check(h.store.integrations().byId(acme.id()).orElseThrow());
    switchOn();

    ConnectionReport on = setup.check(h.store.integrations().byId(acme.id()).orElseThrow());

    assertThat(off.hibob().findings().toString()).doesNotContain("Remote status");
    assertThat(on.setupDone())
        .contains("Created the \"Remote status\" field in HiBob's Work section.");
    assertThat(on.hibob().findings())
        .anySatisfy(
            f ->
                assertThat(f.message())
                    .contains("Work > Edit selected employees' Work sections")
                    .contains("Remote status"));
  }

  @Test
  void hibobsWriteLimitIsKept_writesWaitForItsWindow_andA429IsRetried() {
    h.hibob.company().replacePermissionGroup(integrations(true));
    h.hibob.rateLimits(new RateLimits(1000, 1000, 3, 10));
    switchOn();
    AtomicInteger statusCalls = new AtomicInteger();
    h.app
        .clients()
        .observeCalls(
            new CallObserver() {
              @Override
              public void sent(String budget, String api) {
                // HiBob limits the first write: the metadata read is call 1, the first PUT call 2
                if (budget.equals(acme.id() + "/status") && statusCalls.incrementAndGet() == 2) {
                  h.hibob.faults().set(new Faults.Settings(0, 0, 503, 1, 0, 0));
                }
              }

              @Override
              public void rateLimited(String budget, String api) {}
            });
    Instant started = h.clock.instant();

    SyncReport report = run().people();

    assertThat(report.failed()).isFalse();
    assertThat(h.hibob.stats().rateLimited()).isEqualTo(1);
    int people = report.people().size();
    assertThat(h.store.writtenStatuses().all(acme.id())).hasSize(people);
    assertThat(Duration.between(started, h.clock.instant()))
        .as("%d writes at 3 a minute", people)
        .isGreaterThanOrEqualTo(Duration.ofMinutes((people - 1) / 3));
    assertThat(settings().problem()).isNull();
  }

  @Test
  void hibobLimitingOnEveryAttempt_stopsTheWritesWithTheReason_andTheNextRunWritesThem() {
    h.hibob.company().replacePermissionGroup(integrations(true));
    run();
    switchOn();
    h.hibob.faults().set(new Faults.Settings(0, 0, 503, 1000, 0, 0));

    RemoteStatusWriter.Outcome limited =
        h.app.remoteStatus().write(h.store.integrations().byId(acme.id()).orElseThrow(), null);

    assertThat(limited.written()).isZero();
    assertThat(limited.problem()).contains("429");
    h.hibob.faults().set(Faults.Settings.NONE);
    SyncReport next = run().people();
    assertThat(next.failed()).isFalse();
    assertThat(h.store.writtenStatuses().all(acme.id())).hasSize(next.people().size());
    assertThat(settings().problem()).isNull();
  }

  private HibobClient hibob() {
    return HibobClient.connect(
        URI.create(h.hibob.baseUrl()),
        "acme",
        "SERVICE-1",
        "hibob-secret-token",
        new RateLimiter(10_000, Duration.ofMinutes(1), h.clock, h::advance),
        HttpClient.newHttpClient(),
        h.clock,
        h::advance);
  }

  private String valueInHibob(String hibobId, String fieldId) {
    List<JsonNode> found = new ArrayList<>();
    hibob().searchPerson(hibobId, List.of("root.id", fieldId), true, found::add);
    JsonNode at = found.get(0);
    for (String part : fieldId.split("\\.")) {
      at = at.path(part);
    }
    return at.isMissingNode()
        ? found.get(0).path("/" + fieldId.replace('.', '/')).asText(null)
        : at.asText(null);
  }

  private static PermissionGroup integrations(boolean editWork) {
    Set<PermissionGroup.Action> view = Set.of(PermissionGroup.Action.VIEW);
    Map<String, Set<PermissionGroup.Action>> people = new HashMap<>();
    for (String s :
        List.of(
            "root",
            "address",
            "emergency",
            "employment",
            "home",
            "lifecycle",
            "payroll",
            "personalContact")) {
      people.put(s, view);
    }
    people.put("identification", Set.of(PermissionGroup.Action.VIEW, PermissionGroup.Action.EDIT));
    people.put(
        "work", editWork ? Set.of(PermissionGroup.Action.VIEW, PermissionGroup.Action.EDIT) : view);
    return new PermissionGroup(
        "Integrations",
        people,
        Set.of("manageEmployeeFieldSettings", "editAllLists"),
        PermissionGroup.AccessRights.LIFECYCLE_STATUS_EXISTS);
  }
}
