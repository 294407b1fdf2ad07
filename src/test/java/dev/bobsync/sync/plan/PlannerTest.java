package dev.bobsync.sync.plan;

import static dev.bobsync.sync.plan.TestPeople.employment;
import static dev.bobsync.sync.plan.TestPeople.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.remote.Employment;
import dev.bobsync.time.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The planning rules R1-R8, one or more tests each, without any I/O. */
class PlannerTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));
  private final Planner planner =
      new Planner(
          clock, ssn -> "fp:" + Integer.toHexString(ssn.hashCode()), country -> "le-" + country);
  private final Map<String, LinkState> links = new HashMap<>();
  private final Map<String, String> hidden = new HashMap<>();

  private List<PlanItem> plan(List<Employment> remote, Person... people) {
    Snapshot snapshot = new Snapshot(List.of(people), hidden, clock.instant());
    return planner.plan(snapshot, RemoteView.complete(remote), links).items();
  }

  private PlanItem planOne(List<Employment> remote, Person person) {
    List<PlanItem> items = plan(remote, person);
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static PlanItem.Hold hold(PlanItem item, Reason reason) {
    assertThat(item).isInstanceOf(PlanItem.Hold.class);
    PlanItem.Hold hold = (PlanItem.Hold) item;
    assertThat(hold.reason()).isEqualTo(reason);
    assertThat(hold.message()).isNotBlank();
    return hold;
  }

  private void link(String hibobId, String remoteId, String status, Profile written) {
    links.put(hibobId, new LinkState(hibobId, remoteId, status, written, false, null, null));
  }

  private Profile writtenNow(Person p) {
    return Profile.of(p, ssn -> "fp:" + Integer.toHexString(ssn.hashCode()));
  }

  // R1 Selection

  @Test
  void R1_onlyPeopleWithASyncToRemoteValueArePlanned() {
    List<PlanItem> items = plan(List.of(), person("1").build(), person("2").type(null).build());
    assertThat(items).extracting(i -> i.person().hibobId()).containsExactly("1");
  }

  @Test
  void R1_aLinkedPersonWhoseValueWasRemovedStaysLinkedButIsNotSynced() {
    Person p = person("1").type(null).build();
    link("1", "e-1", "active", writtenNow(p));
    PlanItem.Hold hold = hold(planOne(List.of(), p), Reason.NOT_SELECTED);
    assertThat(hold.remoteId()).isEqualTo("e-1");
  }

  @Test
  void R1_anUnknownSyncToRemoteValueIsListedAndSkippedNamingTheValueAndTheValidOnes() {
    Person p = person("1").type(null).build();
    Snapshot snapshot =
        new Snapshot(List.of(p), hidden, clock.instant(), Map.of("1", "As astronaut"));

    List<PlanItem> items = planner.plan(snapshot, RemoteView.complete(List.of()), links).items();

    assertThat(items).hasSize(1);
    PlanItem.Hold hold = hold(items.get(0), Reason.UNKNOWN_SYNC_VALUE);
    assertThat(hold.message())
        .contains("\"As astronaut\"")
        .contains("As employee", "As contractor", "As global payroll employee");
    assertThat(Reason.UNKNOWN_SYNC_VALUE.status()).isEqualTo(PersonStatus.SKIPPED);
  }

  @Test
  void R11_anOverlongOrBrokenValueHoldsThatPersonAloneNamingTheField() {
    Person longName = person("1").build();
    longName =
        new Person(
            longName.hibobId(),
            "A".repeat(10_000),
            longName.surname(),
            longName.workEmail(),
            longName.privateEmail(),
            longName.syncType(),
            longName.active(),
            longName.terminationDate(),
            longName.startDate(),
            "Engineer\u0000",
            longName.department(),
            longName.managerEmail(),
            longName.address(),
            longName.emergencyContact(),
            longName.ssn(),
            longName.annualSalary());
    Person fine = person("2").workEmail("bo@acme.example").build();

    List<PlanItem> items = plan(List.of(), longName, fine);

    PlanItem.Hold hold = hold(items.get(0), Reason.INVALID_FIELD);
    assertThat(hold.message())
        .contains("first name is 10000 characters long")
        .contains("job title holds a control character")
        .doesNotContain("AAAA");
    assertThat(items.get(1)).isInstanceOf(PlanItem.Create.class);
  }

  // R2 Matching

  @Test
  void R2_matchesByEmailTrimmedAndLowerCased() {
    Person p = person("1").workEmail("  Ana.Lima@ACME.example ").build();
    Employment e = employment("e-1", "employee", "active", "ana.lima@acme.example");
    PlanItem item = planOne(List.of(e), p);
    assertThat(item).isInstanceOfAny(PlanItem.Update.class, PlanItem.Unchanged.class);
    assertThat(item).isInstanceOf(PlanItem.Update.class);
    assertThat(((PlanItem.Update) item).newLink()).isTrue();
    assertThat(((PlanItem.Update) item).remoteId()).isEqualTo("e-1");
  }

  @Test
  void R2_privateEmailMatchesRemotesWorkEmail() {
    Person p = person("1").workEmail("ana@acme.example").privateEmail("ana@home.example").build();
    Employment e =
        new Employment(
            "e-9",
            "employee",
            "active",
            "Ana Lima",
            "other@x.example",
            "other@x.example",
            "ana@home.example",
            "Engineer",
            null,
            null,
            "PRT",
            null,
            null);
    PlanItem item = planOne(List.of(e), p);
    assertThat(item).isInstanceOf(PlanItem.Update.class);
    assertThat(((PlanItem.Update) item).remoteId()).isEqualTo("e-9");
  }

  @Test
  void R2_onceLinkedAnEmailChangeInHibobIsAnUpdateNotANewMatch() {
    Person before = person("1").workEmail("ana@acme.example").build();
    link("1", "e-1", "active", writtenNow(before));
    Person after = person("1").workEmail("ana.lima@acme.example").build();
    PlanItem item = planOne(List.of(), after);
    assertThat(item).isInstanceOf(PlanItem.Update.class);
    PlanItem.Update update = (PlanItem.Update) item;
    assertThat(update.remoteId()).isEqualTo("e-1");
    assertThat(update.newLink()).isFalse();
    // Remote takes an active person's work e-mail; the personal (login) e-mail is changed by hand.
    assertThat(update.fields()).containsExactly(Field.WORK_EMAIL);
    assertThat(update.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.reason()).isEqualTo(Reason.CHANGE_IN_REMOTE));
  }

  @Test
  void R2_twoRemoteProfilesMatchingOnePersonIsAConflict() {
    Person p = person("1").workEmail("ana@acme.example").privateEmail("ana@home.example").build();
    plan(List.of());
    PlanItem item =
        planOne(
            List.of(
                employment("e-1", "employee", "active", "ana@acme.example"),
                employment("e-2", "employee", "active", "ana@home.example")),
            p);
    assertThat(hold(item, Reason.EMAIL_CONFLICT).message()).contains("e-1").contains("e-2");
  }

  @Test
  void R2_twoHibobPeopleWithTheSameEmailAreBothHeld() {
    List<PlanItem> items =
        plan(
            List.of(),
            person("1").workEmail("dup@acme.example").build(),
            person("2").workEmail("DUP@acme.example").build());
    items.forEach(i -> hold(i, Reason.EMAIL_CONFLICT));
  }

  @Test
  void R2_aProfileLinkedToSomeoneElseIsNotTakenOver() {
    link("other", "e-1", "active", Profile.empty());
    PlanItem item =
        planOne(
            List.of(employment("e-1", "employee", "active", "ana@acme.example")),
            person("1").workEmail("ana@acme.example").build());
    assertThat(hold(item, Reason.EMAIL_CONFLICT).message()).contains("other");
  }

  @Test
  void R2_aRemoteProfileCreatedForThisPersonMatchesByExternalId() {
    Employment e =
        new Employment(
            "e-5",
            "employee",
            "created",
            "Ana Lima",
            "changed@x.example",
            "changed@x.example",
            null,
            "Engineer",
            LocalDate.parse("2027-01-04"),
            "1",
            "PRT",
            null,
            null);
    PlanItem item = planOne(List.of(e), person("1").build());
    assertThat(item).isInstanceOf(PlanItem.Update.class);
    assertThat(((PlanItem.Update) item).remoteId()).isEqualTo("e-5");
  }

  // R3 Archived profile

  @Test
  void R3_anArchivedProfileAsTheOnlyMatchIsNeverCreatedAgain() {
    PlanItem item =
        planOne(
            List.of(employment("e-1", "employee", "archived", "ana@acme.example")),
            person("1").workEmail("ana@acme.example").build());
    assertThat(hold(item, Reason.ARCHIVED_PROFILE).message())
        .contains("archived")
        .contains("support")
        .contains("merge");
  }

  @Test
  void R3_aLiveProfileBesideAnArchivedOneIsMatched() {
    PlanItem item =
        planOne(
            List.of(
                employment("e-old", "employee", "archived", "ana@acme.example"),
                employment("e-new", "employee", "active", "ana@acme.example")),
            person("1").workEmail("ana@acme.example").build());
    assertThat(item).isInstanceOf(PlanItem.Update.class);
    assertThat(((PlanItem.Update) item).remoteId()).isEqualTo("e-new");
  }

  // R4 New hires

  @Test
  void R4_aNewHireIsCreatedWithEverythingButSalaryAndSsnOutsideTheirCases() {
    PlanItem item =
        planOne(List.of(), person("1").ssn("123-45-6789").salary(6_000_000, "EUR").build());
    assertThat(item).isInstanceOf(PlanItem.Create.class);
    PlanItem.Create create = (PlanItem.Create) item;
    assertThat(create.countryCode()).isEqualTo("PRT");
    assertThat(create.fields())
        .contains(
            Field.NAME,
            Field.PERSONAL_EMAIL,
            Field.WORK_EMAIL,
            Field.JOB_TITLE,
            Field.START_DATE,
            Field.ADDRESS,
            Field.MANAGER,
            Field.DEPARTMENT,
            Field.EMERGENCY_CONTACT)
        .doesNotContain(Field.SSN, Field.SALARY);
  }

  @Test
  void R4_ssnIsSentForUsEmployeesOnly() {
    PlanItem.Create us =
        (PlanItem.Create)
            planOne(List.of(), person("1").country("United States").ssn("123-45-6789").build());
    assertThat(us.countryCode()).isEqualTo("USA");
    assertThat(us.fields()).contains(Field.SSN);
    assertThat(us.profile().get(Field.SSN))
        .contains("fp:" + Integer.toHexString("123-45-6789".hashCode()));
  }

  @Test
  void R4_salaryIsSentForGlobalPayrollOnlyWhenAnAnnualSalaryIsEntered() {
    PlanItem.Create gp =
        (PlanItem.Create)
            planOne(
                List.of(),
                person("1").type(SyncType.GLOBAL_PAYROLL).salary(6_000_000, "EUR").build());
    assertThat(gp.fields()).contains(Field.SALARY);
    assertThat(gp.profile().get(Field.SALARY)).contains("6000000 EUR");
    PlanItem.Create noSalary =
        (PlanItem.Create) planOne(List.of(), person("2").type(SyncType.GLOBAL_PAYROLL).build());
    assertThat(noSalary.profile().get(Field.SALARY)).isEmpty();
  }

  @Test
  void R4_globalPayrollHiresAreCreatedWithTheLegalEntityOfTheirCountry() {
    PlanItem.Create create =
        (PlanItem.Create) planOne(List.of(), person("1").type(SyncType.GLOBAL_PAYROLL).build());
    assertThat(create.legalEntityId()).isEqualTo("le-PRT");
    Planner unset = new Planner(clock, ssn -> ssn, country -> null);
    Snapshot snapshot =
        new Snapshot(
            List.of(person("1").type(SyncType.GLOBAL_PAYROLL).build()), Map.of(), clock.instant());
    PlanItem item = unset.plan(snapshot, RemoteView.complete(List.of()), links).items().get(0);
    assertThat(hold(item, Reason.NO_LEGAL_ENTITY).message()).contains("PRT");
  }

  @Test
  void R4_missingRequiredDataNamesTheFieldsAndThePerson() {
    PlanItem item = planOne(List.of(), person("1").title(null).start(null).build());
    assertThat(hold(item, Reason.MISSING_REQUIRED_FIELD).message())
        .contains("start date")
        .contains("job title")
        .contains("Ana Lima");
  }

  @Test
  void R4_dataHiddenFromTheServiceUserSaysWhichPermissionToAdd() {
    hidden.put("work.startDate", "Work > View selected employees' Work sections");
    PlanItem item = planOne(List.of(), person("1").start(null).build());
    assertThat(hold(item, Reason.HIBOB_FIELD_NOT_VISIBLE).message())
        .contains("start date")
        .contains("Work > View selected employees' Work sections");
  }

  @Test
  void R4_malformedEmailAndUnknownCountryAreNamed() {
    assertThat(
            hold(
                    planOne(List.of(), person("1").workEmail("ana at acme").build()),
                    Reason.INVALID_FIELD)
                .message())
        .contains("work e-mail \"ana at acme\"");
    assertThat(
            hold(planOne(List.of(), person("2").country("Narnia").build()), Reason.INVALID_FIELD)
                .message())
        .contains("Narnia");
    assertThat(
            hold(planOne(List.of(), person("3").noAddress().build()), Reason.MISSING_REQUIRED_FIELD)
                .message())
        .contains("address country");
  }

  @Test
  void R4_aPersonWithNoEmailAtAllIsHeldNamingBothFields() {
    PlanItem item = planOne(List.of(), person("1").workEmail(null).privateEmail(" ").build());
    assertThat(hold(item, Reason.MISSING_REQUIRED_FIELD).message()).contains("e-mail");
    // the private e-mail alone is enough
    assertThat(
            planOne(
                List.of(), person("2").workEmail(null).privateEmail("ana@home.example").build()))
        .isInstanceOf(PlanItem.Create.class);
  }

  @Test
  void R4_namesInAnyScriptAreKeptAsTheyAre() {
    PlanItem.Create create =
        (PlanItem.Create) planOne(List.of(), person("1").name("美咲", "佐藤 🌸").build());
    assertThat(create.profile().get(Field.NAME)).contains("美咲 佐藤 🌸");
  }

  // R5 Start dates

  @Test
  void R5_newEorHireNeedsFutureStartDate() {
    hold(
        planOne(List.of(), person("1").start("2026-11-22").build()),
        Reason.START_DATE_NOT_IN_FUTURE);
    assertThat(planOne(List.of(), person("2").start("2026-11-23").build()))
        .isInstanceOf(PlanItem.Create.class);
    PlanItem.Hold past =
        hold(
            planOne(List.of(), person("3").start("2025-03-01").build()),
            Reason.START_DATE_NOT_IN_FUTURE);
    assertThat(past.reason().status()).isEqualTo(PersonStatus.WAITING);
    assertThat(past.message()).contains("onboard").contains("directly in Remote");
  }

  @Test
  void R5_newContractorNeedsFutureStartDate() {
    hold(
        planOne(List.of(), person("1").type(SyncType.CONTRACTOR).start("2026-01-01").build()),
        Reason.START_DATE_NOT_IN_FUTURE);
  }

  @Test
  void R5_globalPayrollTakesAnyStartDate() {
    assertThat(
            planOne(
                List.of(), person("1").type(SyncType.GLOBAL_PAYROLL).start("2020-01-01").build()))
        .isInstanceOf(PlanItem.Create.class);
  }

  @Test
  void R5_anEmploymentInCreatedStatusNeedsAFutureStartDate() {
    Person p = person("1").start("2026-11-01").title("Lead").build();
    link("1", "e-1", "created", writtenNow(person("1").build()));
    hold(planOne(List.of(), p), Reason.START_DATE_NOT_IN_FUTURE);
  }

  @Test
  void R5_anActiveEorEmploymentIgnoresTheStartDate() {
    Person created = person("1").start("2026-12-01").build();
    link("1", "e-1", "active", writtenNow(created));
    PlanItem item = planOne(List.of(), person("1").start("2026-12-15").build());
    assertThat(item).isInstanceOf(PlanItem.Unchanged.class);
  }

  // R6 Before onboarding

  @Test
  void R6_beforeOnboardingEverythingSyncsAsRemoteTakesEveryFormOfACreatedEmployment() {
    Person created = person("1").build();
    link("1", "e-1", "created", writtenNow(created));
    Person changed =
        person("1")
            .name("Ana", "Lima Costa")
            .start("2027-02-01")
            .title("Senior Engineer")
            .workEmail("ana.costa@acme.example")
            .department("Sales")
            .build();
    PlanItem.Update update = (PlanItem.Update) planOne(List.of(), changed);
    assertThat(update.fields())
        .containsExactlyInAnyOrder(
            Field.NAME,
            Field.START_DATE,
            Field.JOB_TITLE,
            Field.WORK_EMAIL,
            Field.PERSONAL_EMAIL,
            Field.DEPARTMENT);
  }

  // R7 During onboarding

  @Test
  void R7_duringOnboardingNoChangeSyncs() {
    link("1", "e-1", "invited", writtenNow(person("1").build()));
    PlanItem.Hold hold =
        hold(
            planOne(List.of(), person("1").title("Senior Engineer").build()),
            Reason.ONBOARDING_IN_PROGRESS);
    assertThat(hold.reason().status()).isEqualTo(PersonStatus.FROZEN);
    assertThat(hold.message()).contains("(Invited to onboard)").doesNotContain("\"invited\"");
  }

  @Test
  void R7_statusesRemoteAddsLaterCountAsOnboarding() {
    link("1", "e-1", "some_new_status", writtenNow(person("1").build()));
    hold(
        planOne(List.of(), person("1").title("Senior Engineer").build()),
        Reason.ONBOARDING_IN_PROGRESS);
  }

  // R8 Active people

  @Test
  void R8_activePeopleSyncWhatRemoteTakesAndTheRestIsToChangeInRemoteByHand() {
    link("1", "e-1", "active", writtenNow(person("1").build()));
    Person changed =
        person("1")
            .name("Ana", "Costa")
            .workEmail("ana.costa@acme.example")
            .department("Sales")
            .manager("new.boss@acme.example")
            .emergency("Joana Costa")
            .build();
    PlanItem.Update update = (PlanItem.Update) planOne(List.of(), changed);
    assertThat(update.fields())
        .containsExactlyInAnyOrder(Field.WORK_EMAIL, Field.MANAGER, Field.EMERGENCY_CONTACT);
    assertThat(update.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.CHANGE_IN_REMOTE);
              assertThat(n.message()).contains("name", "personal e-mail", "department", "by hand");
            });
  }

  @Test
  void R8_anActiveUsEmployeesSsnChangeIsToChangeInRemoteByHandWithoutShowingIt() {
    Person before = person("1").country("USA").ssn("123-45-6789").build();
    link("1", "e-1", "active", writtenNow(before));
    Person after = person("1").country("USA").ssn("987-65-4321").build();
    PlanItem.Unchanged same = (PlanItem.Unchanged) planOne(List.of(), after);
    assertThat(same.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.CHANGE_IN_REMOTE);
              assertThat(n.message()).contains("SSN").doesNotContain("987", "123");
            });
  }

  @Test
  void R8_contractorsAreNeverUpdatedThroughTheApi() {
    Person before = person("1").type(SyncType.CONTRACTOR).build();
    link("1", "e-1", "created", writtenNow(before));
    Person after = person("1").type(SyncType.CONTRACTOR).name("Ana", "Costa").build();
    PlanItem.Unchanged same = (PlanItem.Unchanged) planOne(List.of(), after);
    assertThat(same.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.CHANGE_IN_REMOTE);
              assertThat(n.message()).contains("contractor");
            });
  }

  @Test
  void R8_aListingCarriesNoStartDateOrManagerSoNeitherIsAChangeNorAnAmendment() {
    Person p = person("1").build();
    link("1", "e-1", "active", writtenNow(p));
    Employment listed =
        new Employment(
            "e-1",
            "employee",
            "active",
            "Ana Lima",
            "person1@acme.example",
            "person1@acme.example",
            "person1@acme.example",
            "Engineer",
            null,
            null,
            "PRT",
            "R&D",
            null,
            false);
    assertThat(planOne(List.of(listed), p))
        .isInstanceOfSatisfying(
            PlanItem.Unchanged.class, same -> assertThat(same.notes()).isEmpty());
  }

  @Test
  void R2_aNewMatchSeenOnlyInAListingIsReadInFullBeforeAnythingIsWritten() {
    Person p = person("1").build();
    Employment listed =
        new Employment(
            "e-1",
            "employee",
            "active",
            "Ana Lima",
            "person1@acme.example",
            "person1@acme.example",
            "person1@acme.example",
            "Engineer",
            null,
            null,
            "PRT",
            "R&D",
            null,
            false);
    PlanItem.Update update = (PlanItem.Update) planOne(List.of(listed), p);
    assertThat(update.readFirst()).isTrue();
    assertThat(update.notes()).as("no amendment guessed from a missing start date").isEmpty();
  }

  @Test
  void R8_anEorJobTitleOrStartDateChangeNeedsAContractAmendment() {
    link("1", "e-1", "active", writtenNow(person("1").build()));
    PlanItem item =
        planOne(List.of(), person("1").title("Staff Engineer").start("2027-03-01").build());
    assertThat(item).isInstanceOf(PlanItem.Unchanged.class);
    List<PlanItem.Note> notes = ((PlanItem.Unchanged) item).notes();
    assertThat(notes)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.NEEDS_CONTRACT_AMENDMENT);
              assertThat(n.message())
                  .contains("Staff Engineer")
                  .contains("Engineer")
                  .contains("amendment");
            });
  }

  @Test
  void R8_activeGlobalPayrollStartDateJobTitleAndSalaryAreToChangeInRemoteByHand() {
    Person before = person("1").type(SyncType.GLOBAL_PAYROLL).salary(5_000_000, "EUR").build();
    link("1", "e-1", "active", writtenNow(before));
    Person after =
        person("1")
            .type(SyncType.GLOBAL_PAYROLL)
            .title("Staff Engineer")
            .start("2026-01-05")
            .salary(5_500_000, "EUR")
            .build();
    PlanItem.Unchanged same = (PlanItem.Unchanged) planOne(List.of(), after);
    assertThat(same.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.reason()).isEqualTo(Reason.CHANGE_IN_REMOTE);
              assertThat(n.message()).contains("job title", "start date", "salary");
            });
  }

  @Test
  void R8_anUnchangedActivePersonNeedsNoWrite() {
    Person p = person("1").build();
    link("1", "e-1", "active", writtenNow(p));
    assertThat(planOne(List.of(), p)).isInstanceOf(PlanItem.Unchanged.class);
  }

  // Around the rules

  @Test
  void leaversInHibobAreNeverCreated() {
    hold(planOne(List.of(), person("1").left().build()), Reason.LEFT_COMPANY);
  }

  @Test
  void aSyncToRemoteValueThatDisagreesWithTheRemoteTypeIsHeld() {
    PlanItem item =
        planOne(
            List.of(employment("e-1", "contractor", "active", "ana@acme.example")),
            person("1").workEmail("ana@acme.example").build());
    hold(item, Reason.TYPE_MISMATCH);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsLookedUpBeforeTryingAgain() {
    links.put("1", new LinkState("1", null, null, null, true, null, null));
    Snapshot snapshot = new Snapshot(List.of(person("1").build()), Map.of(), clock.instant());
    PlanItem item =
        planner
            .plan(snapshot, RemoteView.partial(List.of(), java.util.Set.of()), links)
            .items()
            .get(0);
    assertThat(item).isInstanceOf(PlanItem.Create.class);
    assertThat(((PlanItem.Create) item).lookFirst()).isTrue();
  }
}
