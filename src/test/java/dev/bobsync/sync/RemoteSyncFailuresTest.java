package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.emulator.Faults;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes, lost answers, refusals, 5xx and broken answers: nothing lost, nothing duplicated. */
class RemoteSyncFailuresTest {
  /** Stands for the process dying: not an exception the sync could catch. */
  static final class Crash extends Error {
    Crash() {
      super("simulated crash");
    }
  }

  @TempDir Path dir;
  SyncHarness h;
  Integration acme;

  @BeforeEach
  void start() {
    h = new SyncHarness(dir);
    acme = h.addAcme();
  }

  @AfterEach
  void close() {
    h.close();
  }

  private long employmentsOf(String hibobId) {
    return h.acme().employments().stream().filter(e -> hibobId.equals(e.externalId())).count();
  }

  @Test
  void R2_aCrashBetweenACreateAndItsRecordNeverDuplicatesOnTheFirstRun() {
    h.app
        .remoteSync()
        .crashAfterCreate(
            (person, created) -> {
              if (person.hibobId().equals("101")) {
                throw new Crash();
              }
            });
    assertThatThrownBy(() -> h.sync(acme)).isInstanceOf(Crash.class);
    assertThat(employmentsOf("101")).isEqualTo(1);

    h.app.remoteSync().crashAfterCreate((person, created) -> {});
    SyncReport rerun = h.sync(acme);
    assertThat(rerun.error()).isNull();
    assertThat(employmentsOf("101")).isEqualTo(1);
    PersonRecord nina = h.person(acme, "101");
    assertThat(nina.status()).isEqualTo("synced");
    assertThat(nina.createStartedAt()).isNull();
    assertThat(h.acme().employment(nina.remoteId()).orElseThrow().externalId()).isEqualTo("101");
  }

  @Test
  void R2_aCrashBetweenACreateAndItsRecordNeverDuplicatesOnALaterRun() throws Exception {
    assertThat(h.sync(acme).error()).isNull();
    h.hibob
        .company()
        .addHire(
            Json.newMapper()
                .readTree(
                    """
        {"id": "120", "email": "newbie@acme.example", "firstName": "New", "surname": "Hire",
         "work": {"title": "Engineer", "startDate": "2027-05-03",
                  "custom": {"field_1700000000001": "1"}},
         "address": {"line1": "Rua 20", "city": "Lisboa", "postCode": "1100-020",
                     "country": "Portugal"}}
        """));
    h.app
        .remoteSync()
        .crashAfterCreate(
            (person, created) -> {
              throw new Crash();
            });
    assertThatThrownBy(() -> h.sync(acme)).isInstanceOf(Crash.class);
    assertThat(h.person(acme, "120").createStartedAt()).isNotNull();

    h.app.remoteSync().crashAfterCreate((person, created) -> {});
    h.sync(acme);
    assertThat(employmentsOf("120")).isEqualTo(1);
    assertThat(h.person(acme, "120").status()).isEqualTo("synced");
    assertThat(h.person(acme, "120").remoteId()).isNotNull();
  }

  @Test
  void R2_aLostAnswerToACreateIsLookedUpNotRepeated() {
    h.remote.faults().set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    SyncReport report = h.sync(acme);
    assertThat(report.error()).isNull();
    for (String id : List.of("101", "102", "107")) {
      assertThat(employmentsOf(id)).as("employments of " + id).isEqualTo(1);
      assertThat(h.person(acme, id).status()).isEqualTo("synced");
    }
  }

  @Test
  void R11_serverErrorsAreRetriedAndEveryoneEndsSyncedExactlyOnce() {
    h.remote.faults().set(new Faults.Settings(0, 0.3, 503, 0, 0, 0));
    h.sync(acme);
    h.sync(acme);
    h.remote.faults().set(Faults.Settings.NONE);
    SyncReport last = h.sync(acme);
    assertThat(last.counts().failed()).isZero();
    for (String id : List.of("101", "102", "107")) {
      assertThat(employmentsOf(id)).as("employments of " + id).isEqualTo(1);
      assertThat(h.person(acme, id).status()).isEqualTo("synced");
    }
  }

  @Test
  void R11_aRemoteRefusalFailsOnlyThatPersonInPlainWords() {
    new RemoteSettingsEditor(h.store).addLegalEntities(acme, Map.of("USA", "le-unknown"));
    SyncReport report = h.sync(acme);
    PersonRecord gus = h.person(acme, "102");
    assertThat(gus.status()).isEqualTo("failed");
    assertThat(gus.reasonCode()).isEqualTo("REMOTE_REJECTED");
    assertThat(gus.message()).contains("Remote refused").contains("engaged_by_legal_entity_id");
    assertThat(report.counts().created()).isEqualTo(2);
    assertThat(h.store.runs().recent(acme.id(), 1).get(0).state()).isEqualTo("partial");
  }

  @Test
  void R11_aTenThousandCharacterNameHoldsThatPersonAloneAndNothingIsSentForThem() {
    h.hibob
        .company()
        .patchEmployee(
            "101", Json.newMapper().createObjectNode().put("firstName", "N".repeat(10_000)));

    SyncReport report = h.sync(acme);

    assertThat(report.failed()).as(String.valueOf(report.error())).isFalse();
    PersonRecord nina = h.person(acme, "101");
    assertThat(nina.reasonCode()).isEqualTo("INVALID_FIELD");
    assertThat(nina.message()).contains("first name").doesNotContain("NNNNNNNNNN");
    assertThat(nina.remoteId()).isNull();
    assertThat(h.remote.company(SyncHarness.COMPANY).employments())
        .noneMatch(e -> e.fullName() != null && e.fullName().startsWith("NNNNNNNNNN"));
    assertThat(report.counts().created()).isPositive();
  }

  @Test
  void R11_aRunLevelReadCutShortOnceIsReadAgainAndTheRunGoesOn() {
    h.hibob.faults().set(new Faults.Settings(0, 0, 0, 0, 1, 0));
    h.remote.faults().set(new Faults.Settings(0, 0, 0, 0, 1, 0));
    SyncReport report = h.sync(acme);
    assertThat(report.failed()).as(report.error()).isFalse();
    assertThat(report.counts().created()).isPositive();
  }

  @Test
  void R11_aTruncatedHibobAnswerFailsTheRunClearlyAndWritesNothing() {
    h.hibob.faults().set(new Faults.Settings(0, 0, 0, 0, 1000, 0));
    SyncReport report = h.sync(acme);
    assertThat(report.failed()).isTrue();
    assertThat(report.error()).contains("HiBob").contains("cut short");
    assertThat(h.remote.requests(SyncHarness.COMPANY).writes()).isZero();
    assertThat(h.store.people().all(acme.id())).isEmpty();
    assertThat(h.store.runs().recent(acme.id(), 1).get(0).state()).isEqualTo("failed");
  }

  @Test
  void R12_aServiceUserWhoCannotSeeASectionGetsPeopleHeldWithThePermissionToAdd() {
    Integration limited = h.add("limited", "SERVICE-LIMITED", "limited-token").integration();
    h.sync(limited);
    PersonRecord nina = h.person(limited, "101");
    assertThat(nina.reasonCode()).isEqualTo("HIBOB_FIELD_NOT_VISIBLE");
    assertThat(nina.message()).contains("Address > View selected employees' Address sections");
    assertThat(h.acme().employments()).noneMatch(e -> "101".equals(e.externalId()));
  }
}
