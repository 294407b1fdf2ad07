package dev.bobsync.hibob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.contract.Contract;
import dev.bobsync.contract.ContractProxy;
import dev.bobsync.contract.SchemaAgreement;
import dev.bobsync.emulator.hibob.AnswerShapes;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.hibob.HibobEmulator;
import dev.bobsync.emulator.hibob.PermissionGroup;
import dev.bobsync.emulator.hibob.RateLimits;
import dev.bobsync.emulator.hibob.TimeOffDraft;
import dev.bobsync.http.RateLimiter;
import dev.bobsync.time.SettableClock;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract tests for HiBob: every request the HiBob client sends and every answer the HiBob
 * emulator gives, in each answer shape it can give, fit {@code contracts/hibob.json}; and that
 * contract agrees with HiBob's own 2024 description where it is present.
 */
class HibobContractTest {
  static final Contract HIBOB = Contract.load("contracts/hibob.json");
  final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));

  static final List<AnswerShapes> SHAPES =
      List.of(
          AnswerShapes.DEFAULT,
          new AnswerShapes(
              AnswerShapes.People.NESTED,
              AnswerShapes.FieldList.WRAPPED,
              AnswerShapes.FieldCategory.CATEGORY,
              false),
          new AnswerShapes(
              AnswerShapes.People.SLASH,
              AnswerShapes.FieldList.ARRAY,
              AnswerShapes.FieldCategory.CATEGORY_ID,
              true),
          new AnswerShapes(
              AnswerShapes.People.SLASH_BARE,
              AnswerShapes.FieldList.WRAPPED,
              AnswerShapes.FieldCategory.BOTH,
              false));

  static Path resource(String name) {
    try {
      return Path.of(HibobContractTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyCallOfTheClientAndEveryAnswerOfTheEmulatorFitsTheContractInEveryShape() {
    for (AnswerShapes shapes : SHAPES) {
      HibobCompany company =
          HibobCompany.fromFixture(resource("sync/timeoff-hibob.json")).withShapes(shapes);
      try (HibobEmulator hibob = HibobEmulator.start(company, 0, clock);
          ContractProxy proxy = ContractProxy.start(HIBOB, hibob.baseUrl())) {
        hibob.rateLimits(RateLimits.unlimited());
        Set<PermissionGroup.Action> all =
            Set.of(
                PermissionGroup.Action.VIEW,
                PermissionGroup.Action.VIEW_HISTORY,
                PermissionGroup.Action.EDIT);
        Map<String, Set<PermissionGroup.Action>> sections = new java.util.HashMap<>();
        for (String section :
            List.of(
                "root",
                "address",
                "emergency",
                "employment",
                "home",
                "identification",
                "lifecycle",
                "payroll",
                "personalContact",
                "work")) {
          sections.put(section, all);
        }
        hibob
            .company()
            .replacePermissionGroup(
                new PermissionGroup(
                    "Integrations",
                    sections,
                    Set.of("manageEmployeeFieldSettings", "editAllLists"),
                    PermissionGroup.AccessRights.LIFECYCLE_STATUS_EXISTS));
        fileEveryRequestType(hibob);
        HibobClient client =
            HibobClient.connect(
                URI.create(proxy.url() + "/v1"),
                "acme",
                hibob.serviceUser().id(),
                hibob.serviceUser().token(),
                new RateLimiter(10_000, Duration.ofMinutes(1), clock, clock::advance),
                HttpClient.newHttpClient(),
                clock,
                clock::advance);
        driveEveryCall(client);
        proxy.assertClean();
        assertThat(proxy.calls()).as(shapes.toString()).hasSizeGreaterThanOrEqualTo(12);
      }
    }
  }

  private void fileEveryRequestType(HibobEmulator hibob) {
    String ana = "201";
    LocalDate day = LocalDate.parse("2026-11-23");
    hibob.company().addTimeOffRequest(draft(ana, "hours", day, day, 3.5, null, null, null));
    hibob
        .company()
        .addTimeOffRequest(
            draft(ana, "portionOnRange", day, day.plusDays(2), null, "morning", null, null));
    hibob
        .company()
        .addTimeOffRequest(draft(ana, "hoursOnRange", day, day.plusDays(1), null, null, 2.5, null));
    long perDay =
        hibob
            .company()
            .addTimeOffRequest(
                draft(
                    ana,
                    "differentSpecificHoursDayDurations",
                    day,
                    day.plusDays(1),
                    null,
                    null,
                    null,
                    List.of(new TimeOffDraft.DayDuration(day, 2, 15))));
    long moved =
        hibob
            .company()
            .changeTimeOffDates(perDay, day.plusDays(1), "all_day", day.plusDays(1), "all_day");
    hibob
        .company()
        .changeTimeOffDates(moved, day.plusDays(2), "all_day", day.plusDays(2), "all_day");
  }

  private static TimeOffDraft draft(
      String who,
      String type,
      LocalDate start,
      LocalDate end,
      Double hours,
      String portion,
      Double daily,
      List<TimeOffDraft.DayDuration> durations) {
    return new TimeOffDraft(
        who, "Holiday", "approved", start, null, end, null, hours, type, portion, daily, durations);
  }

  private void driveEveryCall(HibobClient client) {
    HibobTimeOff timeOff = HibobTimeOff.of(client);
    HibobTables tables = new HibobTables(client.api());
    List<JsonNode> people = new ArrayList<>();
    client.searchPeople(
        List.of("root.id", "root.email", "work.title", "work.reportsTo"), true, people::add);
    client.searchPerson("201", List.of("root.id", "work.department"), false, p -> {});
    client.fields();
    client.namedLists();
    Optional<NamedList> list = client.namedList("syncToRemote");
    client.namedList("noSuchList");
    String shirt = client.createField("Shirt size " + System.nanoTime(), "work", "text", null);
    assertThat(client.updateEmployee("201", Map.of(shirt, "M"))).as("200: changed").isTrue();
    assertThat(client.updateEmployee("201", Map.of(shirt, "M"))).as("304: unchanged").isFalse();
    TimeOffFeed feed =
        timeOff.feed(
            clock.instant().minus(Duration.ofDays(30)), clock.instant().plusSeconds(3600), true);
    assertThat(feed.changes()).isNotEmpty();
    for (TimeOffChange c : feed.changes()) {
      timeOff.request(c.employeeId(), c.requestId());
    }
    timeOff.policyTypes();
    tables.salaries("201");
    tables.salariesInBulk(null);
    assertThat(people).isNotEmpty();
    assertThat(list).isPresent();
  }

  /** Differences from HiBob's 2024 description that the facts explain, with the reason. */
  static final Map<String, String> EXPLAINED =
      Map.of(
          ".*\\bid: type \\[string, integer\\] but the vendor says \\[integer\\]",
          "list item ids are textual or numeric depending on the list type",
          ".*parentId: type \\[string, integer\\] but the vendor says \\[integer\\]",
          "a parent is a list item id, textual or numeric",
          ".*hoursOnDate: type \\[number, null\\] but the vendor says \\[integer\\]",
          "fractions of hours are read and rounded to whole hours",
          "CreateFieldRequest.historical: type \\[boolean, string\\] but the vendor says \\[string\\]",
          "the 2024 description types it a string here, a boolean elsewhere",
          ".*\\.(createdOn|visibility|durations|previousRequestId|originalRequestId): the vendor's"
              + " schema has no such property",
          "time-off fields HiBob added after 2024 (createdOn: seen by third parties only)",
          ".*\\.humanReadable: the vendor's schema has no such property",
          "HiBob's humanReadable APPEND node, documented apart from the Employee schema",
          ".*\\.value: the vendor's schema has no such property",
          "named list items also carry their value, as clients of the all-lists read show");

  @Test
  void theContractAgreesWithHibobsOwnDescriptionWhereItIsPresent() {
    Optional<JsonNode> vendor = SchemaAgreement.vendorSpec("hibob-openapi-2024-03.yaml");
    assumeTrue(vendor.isPresent(), "HiBob's published description is not in this workspace");
    SchemaAgreement agreement = new SchemaAgreement(HIBOB.document(), vendor.get());
    Map<String, List<String>> compared = agreement.compareAll();
    assertThat(compared).containsKeys("TimeoffChange", "TimeoffRequest", "Field", "List");
    List<String> unexplained = new ArrayList<>();
    compared.values().stream()
        .flatMap(List::stream)
        .filter(d -> EXPLAINED.keySet().stream().noneMatch(d::matches))
        .forEach(unexplained::add);
    assertThat(unexplained).isEmpty();
    assertThat(agreement.operationsTheVendorLacks())
        .as("endpoints HiBob documented after 2024")
        .containsExactlyInAnyOrder("GET /v1/bulk/people/salaries");
  }
}
