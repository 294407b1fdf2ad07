package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.EmploymentForm;
import dev.bobsync.emulator.remote.ErrorShape;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.plan.Person;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Remote's own flow (rule R4): create with basic information, then one update carrying every form
 * bobsync can fill validly; crashes between the steps, and each kind of refusal.
 */
class RemoteFlowTest {
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

  @Test
  void R4_aNewHireIsCreatedWithBasicInformationThenOneUpdateCarriesEveryForm() {
    SyncReport report = h.sync(acme);
    assertThat(report.error()).isNull();
    var calls = h.remote.requests(SyncHarness.COMPANY);
    assertThat(calls.count("POST", "/v1/employments")).isEqualTo(3);
    // Nina (EOR) and Gus (Global Payroll) get one update each, a contractor none (Remote's API
    // takes no update of a contractor); Ana, matched and active, gets her address and manager.
    assertThat(calls.count("PATCH", "/v1/employments/{id}")).isEqualTo(3);
    Employment nina = h.acme().employment(h.person(acme, "101").remoteId()).orElseThrow();
    assertThat(nina.form(EmploymentForm.ADDRESS_DETAILS).path("postal_code").asText())
        .isEqualTo("1100-060");
    assertThat(nina.form(EmploymentForm.EMERGENCY_CONTACT_DETAILS).path("name").asText())
        .isEqualTo("Ivo Novak");
    assertThat(nina.form(EmploymentForm.BASIC_INFORMATION).path("has_seniority_date").asText())
        .isEqualTo("no");
  }

  @Test
  void R4_formSchemasAreFetchedOncePerCountryAndFormAndKeptWithTheirVersion() {
    h.sync(acme);
    long schemaReads =
        h.remote.requests(SyncHarness.COMPANY).count("GET", "/v1/countries/{code}/{form}");
    assertThat(h.store.formSchemas().find(acme.id(), "PRT", "address_details"))
        .hasValueSatisfying(e -> assertThat(e.version()).isNotBlank());
    h.hibob.company().addHire(hire("121", "Portugal", "1100-121"));
    h.sync(acme);
    assertThat(h.remote.requests(SyncHarness.COMPANY).count("GET", "/v1/countries/{code}/{form}"))
        .as("a second Portuguese hire reads no schema again")
        .isEqualTo(schemaReads);
  }

  @Test
  void R4_aCrashRightAfterTheCreateIsFinishedByTheNextRunWithoutASecondCreate() {
    h.app
        .remoteSync()
        .crashAfterCreate(
            (person, created) -> {
              if (person.hibobId().equals("101")) {
                throw new Crash();
              }
            });
    assertThatThrownBy(() -> h.sync(acme)).isInstanceOf(Crash.class);
    h.app.remoteSync().crashAfterCreate((person, created) -> {});
    finishedOnce();
  }

  @Test
  void R4_aCrashAfterTheCreateWasRecordedButBeforeItsFormsIsFinishedByTheNextRun() {
    h.app.remoteSync().crashAfterCreate(crashing(true));
    assertThatThrownBy(() -> h.sync(acme)).isInstanceOf(Crash.class);
    Employment half = h.acme().employment(h.person(acme, "101").remoteId()).orElseThrow();
    assertThat(half.form(EmploymentForm.ADDRESS_DETAILS)).isNullOrEmpty();
    h.app.remoteSync().crashAfterCreate((person, created) -> {});
    finishedOnce();
  }

  @Test
  void R4_aCrashAfterTheFormsWereSentButBeforeTheirRecordIsFinishedByTheNextRun() {
    h.app.remoteSync().crashAfterCreate(crashing(false));
    assertThatThrownBy(() -> h.sync(acme)).isInstanceOf(Crash.class);
    h.app.remoteSync().crashAfterCreate((person, created) -> {});
    finishedOnce();
  }

  private void finishedOnce() {
    SyncReport rerun = h.sync(acme);
    assertThat(rerun.error()).isNull();
    assertThat(h.acme().employments()).filteredOn(e -> "101".equals(e.externalId())).hasSize(1);
    PersonRecord nina = h.person(acme, "101");
    assertThat(nina.status()).isEqualTo("synced");
    assertThat(nina.createStartedAt()).isNull();
    Employment e = h.acme().employment(nina.remoteId()).orElseThrow();
    assertThat(e.form(EmploymentForm.ADDRESS_DETAILS).path("city").asText()).isEqualTo("Lisboa");
    long writes = h.remote.requests(SyncHarness.COMPANY).writes();
    h.sync(acme);
    assertThat(h.remote.requests(SyncHarness.COMPANY).writes())
        .as("finished: the next run writes nothing")
        .isEqualTo(writes);
  }

  private static Applier.CrashPoint crashing(boolean beforeForms) {
    return new Applier.CrashPoint() {
      @Override
      public void afterCreate(Person person, dev.bobsync.remote.Employment created) {}

      @Override
      public void beforeForms(Person person) {
        if (beforeForms && person.hibobId().equals("101")) {
          throw new Crash();
        }
      }

      @Override
      public void afterForms(Person person) {
        if (!beforeForms && person.hibobId().equals("101")) {
          throw new Crash();
        }
      }
    };
  }

  @ParameterizedTest
  @EnumSource(ErrorShape.class)
  void R11_a422OnCreateInEachShapeNamesTheFieldAndTheOthersSync(ErrorShape shape) {
    h.acme().errorShape(shape);
    new RemoteSettingsEditor(h.store).addLegalEntities(acme, Map.of("USA", "le-gone"));
    SyncReport report = h.sync(acme);
    PersonRecord gus = h.person(acme, "102");
    assertThat(gus.status()).isEqualTo("failed");
    assertThat(gus.reasonCode()).isEqualTo("REMOTE_REJECTED");
    assertThat(gus.message()).contains("engaged_by_legal_entity_id").contains("Settings tab");
    assertThat(gus.remoteId()).isNull();
    assertThat(report.counts().created()).isEqualTo(2);
    assertThat(h.acme().employments()).noneMatch(e -> "102".equals(e.externalId()));
  }

  @ParameterizedTest
  @CsvSource({
    "errors_object, address_details, postal_code",
    "errors_list, address_details, postal_code",
    "message_list, address_details, postal_code",
    "errors_object, emergency_contact_details, phone_number",
    "errors_list, emergency_contact_details, phone_number",
    "message_list, emergency_contact_details, phone_number"
  })
  void R11_a422OnAFormInEachShapeLeavesThatFormOutAndTheRestLands(
      String shape, String form, String field) throws Exception {
    h.acme().errorShape(ErrorShape.fromWire(shape).orElseThrow());
    // bobsync holds an older, looser schema than Remote's: its check passes, Remote refuses.
    h.store.formSchemas().save(acme.id(), "PRT", form, "0", "{\"type\":\"object\"}");
    if (form.equals("address_details")) {
      h.hibob.company().patchEmployee("101", json("{\"address\": {\"postCode\": \"11OO\"}}"));
    } else {
      h.hibob.company().patchEmployee("101", json("{\"emergency\": {\"phone\": \"call Ivo\"}}"));
    }
    h.sync(acme);
    PersonRecord nina = h.person(acme, "101");
    assertThat(nina.remoteId()).isNotNull();
    assertThat(nina.status()).isEqualTo("failed");
    assertThat(nina.message()).contains(field).contains("everything else was sent");
    Employment e = h.acme().employment(nina.remoteId()).orElseThrow();
    EmploymentForm other =
        form.equals("address_details")
            ? EmploymentForm.EMERGENCY_CONTACT_DETAILS
            : EmploymentForm.ADDRESS_DETAILS;
    assertThat(e.form(other)).as("the other form landed").isNotEmpty();
    assertThat(h.person(acme, "102").status()).isEqualTo("synced");

    // The looser schema is dropped; the next run checks against Remote's and sends nothing doomed.
    long writes = h.remote.requests(SyncHarness.COMPANY).writes();
    h.sync(acme);
    assertThat(h.remote.requests(SyncHarness.COMPANY).writes()).isEqualTo(writes);
    PersonRecord again = h.person(acme, "101");
    assertThat(again.status()).isEqualTo("synced");
    assertThat(again.reasonCode()).isEqualTo("REMOTE_FIELDS_NEEDED");
    assertThat(again.message()).contains(field);
    assertThat(h.acme().employments()).filteredOn(x -> "101".equals(x.externalId())).hasSize(1);
  }

  @Test
  void R4_aFormBobsyncCannotFillIsNotSentAndTheStatusNamesTheRemoteFields() {
    h.sync(acme);
    PersonRecord gus = h.person(acme, "102");
    assertThat(gus.status()).isEqualTo("synced");
    // Remote's Global Payroll contract form needs a pay frequency HiBob does not hold.
    assertThat(gus.message()).contains("needs pay frequency").contains("contract details");
    Employment e = h.acme().employment(gus.remoteId()).orElseThrow();
    assertThat(e.form(EmploymentForm.CONTRACT_DETAILS)).isNullOrEmpty();
    assertThat(
            e.form(EmploymentForm.ADMINISTRATIVE_DETAILS).path("social_security_number").asText())
        .isEqualTo("123-45-6789");
  }

  @Test
  void R11_aCountryRemoteHasNoFormForIsNotCreatedAndSaysWhy() throws Exception {
    h.hibob.company().addHire(hire("122", "Italy", "00100"));
    SyncReport report = h.sync(acme);
    PersonRecord it = h.person(acme, "122");
    assertThat(it.status()).isEqualTo("skipped");
    assertThat(it.message()).contains("ITA").contains("404");
    assertThat(h.acme().employments()).noneMatch(e -> "122".equals(e.externalId()));
    assertThat(report.counts().created()).isEqualTo(3);
  }

  @Test
  void R11_aGlobalPayrollHireInACountryWithNoLegalEntityIsHeldWithWhatToDo() throws Exception {
    JsonNode hire = hire("123", "Germany", "10117");
    ((com.fasterxml.jackson.databind.node.ObjectNode) hire.get("work").get("custom"))
        .put("field_1700000000001", "3");
    h.hibob.company().addHire(hire);
    h.sync(acme);
    PersonRecord p = h.person(acme, "123");
    assertThat(p.reasonCode()).isEqualTo("NO_LEGAL_ENTITY");
    assertThat(p.message()).contains("no legal entity in DEU");
    assertThat(h.person(acme, "101").status()).isEqualTo("synced");
  }

  @Test
  void R11_aLegalEntityIdRemoteDoesNotKnowIsRefusedWhenEntered() {
    RemoteSettingsEditor editor = new RemoteSettingsEditor(h.store, h.app.clients());
    assertThatThrownBy(() -> editor.addLegalEntities(acme, Map.of("USA", "le-nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("le-nope")
        .hasMessageContaining("not one of Remote's legal entities");
    assertThat(editor.read(h.store.integrations().byId(acme.id()).orElseThrow()).legalEntities())
        .containsEntry("USA", "le-usa");
    assertThatThrownBy(
            () ->
                new IntegrationSetup(h.store, h.app.clients())
                    .add(
                        h.store.workspaces().defaultWorkspace().id(),
                        new IntegrationSetup.Request(
                            "other",
                            h.hibob.baseUrl(),
                            "SERVICE-1",
                            "hibob-secret-token",
                            h.remoteUrl(),
                            "ra_test_acme",
                            null,
                            Map.of("USA", "le-nope"),
                            100_000),
                        false))
        .hasMessageContaining("le-nope");
    assertThat(h.store.integrations().list(h.store.workspaces().defaultWorkspace().id()))
        .extracting(Integration::name)
        .containsExactly("acme");
  }

  @Test
  void R11_legalEntitiesAreFoundOnConnectSoNoneIsTyped() {
    Integration plain =
        new IntegrationSetup(h.store, h.app.clients())
            .add(
                h.store.workspaces().defaultWorkspace().id(),
                new IntegrationSetup.Request(
                    "plain",
                    h.hibob.baseUrl(),
                    "SERVICE-1",
                    "hibob-secret-token",
                    h.remoteUrl(),
                    "ra_test_acme",
                    null,
                    Map.of(),
                    100_000),
                false)
            .integration();
    RemoteSettings settings = new RemoteSettingsEditor(h.store).read(plain);
    assertThat(settings.companyId()).isEqualTo(SyncHarness.COMPANY);
    assertThat(settings.legalEntityFor("USA")).isEqualTo("le-usa");
    h.sync(plain);
    assertThat(h.person(plain, "102").status()).isEqualTo("synced");
  }

  @Test
  void R11_aDepartmentNameTooLongForRemoteHoldsThatPersonAloneBeforeAnythingIsWritten()
      throws Exception {
    String longName = "D".repeat(300);
    h.hibob
        .company()
        .patchEmployee("101", json("{\"work\": {\"department\": \"" + longName + "\"}}"));
    SyncReport report = h.sync(acme);
    PersonRecord nina = h.person(acme, "101");
    assertThat(nina.remoteId()).isNull();
    assertThat(nina.reasonCode()).isEqualTo("INVALID_FIELD");
    assertThat(nina.message()).contains("department").contains("255").doesNotContain(longName);
    assertThat(report.counts().created()).isEqualTo(2);
  }

  private static JsonNode hire(String id, String country, String postCode) {
    try {
      return Json.newMapper()
          .readTree(
              """
              {"id": "%s", "email": "hire%s@acme.example", "firstName": "New", "surname": "Hire%s",
               "work": {"title": "Engineer", "startDate": "2027-05-03", "department": "R&D",
                        "custom": {"field_1700000000001": "1"}},
               "address": {"line1": "Main street 20", "city": "Capital", "postCode": "%s",
                           "country": "%s"}}
              """
                  .formatted(id, id, id, postCode, country));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) throws Exception {
    return Json.newMapper().readTree(text);
  }
}
