package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String FEED = "/timeoff/requests/changes?since=2026-05-23T00:00:00Z";

  private static Api api;
  private static JsonNode everyone;

  @BeforeAll
  static void generate() throws IOException {
    api = Api.start(HibobCompany.generate(300, 42, TODAY));
    ServiceUser user = api.emulator.serviceUser();
    api.as(user.id(), user.token());
    everyone = api.search(productSearch());
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  /** The ~60 fields the product asks for, leavers included, human-readable appended. */
  static String productSearch() throws IOException {
    return Files.readString(Path.of("bench/hibob-people-search.json"));
  }

  @Test
  void sameSizeSeedAndDayGiveTheSameCompany() throws IOException {
    try (Api same = Api.start(HibobCompany.generate(300, 42, TODAY));
        Api other = Api.start(HibobCompany.generate(300, 43, TODAY))) {
      ServiceUser user = same.emulator.serviceUser();
      assertThat(user).isEqualTo(api.emulator.serviceUser());
      same.as(user.id(), user.token());
      assertThat(same.search(productSearch())).isEqualTo(everyone);
      assertThat(same.as(user.id(), user.token()).get(FEED + "&includePending=true").body())
          .isEqualTo(api.get(FEED + "&includePending=true").body());
      ServiceUser otherUser = other.emulator.serviceUser();
      assertThat(other.as(otherUser.id(), otherUser.token()).search(productSearch()))
          .isNotEqualTo(everyone);
    }
  }

  @Test
  void theServiceUserSeesEveryFieldTheProductAsksFor() throws IOException {
    JsonNode asked = api.tree(productSearch()).get("fields");
    JsonNode usPerson = first("address", "country", "United States");
    for (JsonNode id : asked) {
      assertThat(
              usPerson.has("/" + id.asText().replace('.', '/')) || hasNullAt(usPerson, id.asText()))
          .as(id.asText())
          .isTrue();
    }
  }

  @Test
  void managerTreeHasOneRootAndOnlyKnownManagers() {
    Set<String> ids = new HashSet<>(PeopleSearchTest.ids(everyone));
    int roots = 0;
    for (JsonNode e : everyone) {
      JsonNode manager = e.at("/work/reportsTo");
      if (manager.isNull()) {
        roots++;
      } else {
        assertThat(ids).contains(manager.get("id").asText());
      }
    }
    assertThat(roots).isEqualTo(1);
    assertThat(count("work", "isManager", "Yes")).isGreaterThan(10);
  }

  @Test
  void peopleLiveInSeveralCountriesWithSsnsOnlyInTheUsAndSomeNonLatinNames() {
    Map<String, Integer> countries = histogram("address", "country");
    assertThat(countries.keySet())
        .contains("United States", "Portugal", "United Kingdom", "Germany", "Spain", "Brazil");
    for (JsonNode e : everyone) {
      boolean us = "United States".equals(e.at("/humanReadable/address/country").asText());
      assertThat(e.at("/identification/ssn").isTextual()).isEqualTo(us);
    }
    long nonLatin =
        PeopleSearchTest.ids(everyone).stream()
            .map(id -> PeopleSearchTest.byId(everyone, id).get("firstName").asText())
            .filter(
                name ->
                    Character.UnicodeScript.of(name.codePointAt(0))
                        != Character.UnicodeScript.LATIN)
            .count();
    assertThat(nonLatin).isGreaterThan(5);
    List<String> workEmails = new ArrayList<>();
    everyone.forEach(e -> workEmails.add(e.get("email").asText()));
    assertThat(workEmails)
        .doesNotHaveDuplicates()
        .allMatch(m -> m.matches("[a-z0-9.]+@[a-z0-9.]+\\.example"));
  }

  @Test
  void salariesAreInLocalCurrenciesWithEveryPayPeriod() {
    assertThat(histogram("payroll", "salary", "payment").keySet())
        .contains("USD", "EUR", "GBP", "BRL");
    assertThat(histogram("payroll", "salary", "payPeriod").keySet())
        .contains("Annual", "Monthly", "Hourly");
    assertThat(histogram("payroll", "salary", "payFrequency").keySet())
        .contains("Monthly", "Bi-Weekly");
    assertThat(histogram("payroll", "employment", "weeklyHours").keySet()).contains("40", "20");
  }

  @Test
  void someLeaversAreInactiveWithATerminationDate() {
    int leavers = 0;
    for (JsonNode e : everyone) {
      if (e.at("/internal/status").asText().equals("Inactive")) {
        leavers++;
        assertThat(LocalDate.parse(e.at("/internal/terminationDate").asText())).isBefore(TODAY);
        assertThat(e.at("/internal/lifecycleStatus").asText()).isEqualTo("terminated");
      }
    }
    assertThat(leavers).isBetween(10, 40);
  }

  @Test
  void aboutAQuarterAreTaggedSyncToRemoteWithEveryValueStartingInPastAndFuture() {
    Map<String, Set<Boolean>> futureByValue = new HashMap<>();
    int tagged = 0;
    for (JsonNode e : everyone) {
      String value = e.at("/humanReadable/work/custom/field_1700000000001").asText(null);
      if (value != null) {
        tagged++;
        boolean future = LocalDate.parse(e.at("/work/startDate").asText()).isAfter(TODAY);
        futureByValue.computeIfAbsent(value, v -> new HashSet<>()).add(future);
      }
    }
    assertThat(tagged).isBetween(50, 100);
    assertThat(futureByValue)
        .containsOnlyKeys(CompanyGenerator.SYNC_VALUES)
        .allSatisfy((value, starts) -> assertThat(starts).containsExactlyInAnyOrder(true, false));
  }

  @Test
  void aNewHiresCompanyTagsOnlyActivePeopleWithoutReportsWhoStartInTheFuture() throws IOException {
    try (Api hires = Api.start(HibobCompany.generateNewHires(300, 42, TODAY))) {
      ServiceUser user = hires.emulator.serviceUser();
      JsonNode people = hires.as(user.id(), user.token()).search(productSearch());
      Set<String> managers = new HashSet<>();
      people.forEach(e -> managers.add(e.at("/work/reportsTo/id").asText(null)));
      int tagged = 0;
      for (JsonNode e : people) {
        if (e.at("/humanReadable/work/custom/field_1700000000001").isTextual()) {
          tagged++;
          assertThat(LocalDate.parse(e.at("/work/startDate").asText())).isAfter(TODAY);
          assertThat(e.at("/internal/status").asText()).isEqualTo("Active");
          assertThat(e.at("/work/reportsTo").isObject()).isTrue();
          assertThat(managers).doesNotContain(e.get("id").asText());
        }
      }
      assertThat(tagged).isBetween(30, 100);
      assertThat(people.size()).isEqualTo(everyone.size());
    }
  }

  @Test
  void timeOffRequestsExistInEveryStatusWithDeletionsAndChanges() {
    JsonNode changes = api.get(FEED + "&includePending=true").json().get("changes");
    Set<String> statuses = new HashSet<>();
    Set<String> changeTypes = new HashSet<>();
    boolean replaced = false;
    for (JsonNode c : changes) {
      changeTypes.add(c.get("changeType").asText());
      replaced |= c.has("previousRequestId");
      Api.Response details =
          api.get(
              "/timeoff/employees/"
                  + c.get("employeeId").asText()
                  + "/requests/"
                  + c.get("requestId").asText());
      if (details.status() == 200) {
        statuses.add(details.json().get("status").asText());
      }
    }
    assertThat(statuses).containsExactlyInAnyOrder("approved", "pending", "declined", "canceled");
    assertThat(changeTypes).containsExactlyInAnyOrder("Created", "Canceled", "Deleted");
    assertThat(replaced).isTrue();
  }

  @Test
  void datesFollowTheDayTheCompanyIsGeneratedFor() {
    HibobCompany later = HibobCompany.generate(40, 42, LocalDate.of(2031, 6, 1));
    try (Api future = Api.start(later)) {
      ServiceUser user = future.emulator.serviceUser();
      JsonNode people =
          future
              .as(user.id(), user.token())
              .search("{\"fields\": [\"work.startDate\"], \"showInactive\": true}");
      assertThat(people.findValuesAsText("startDate"))
          .allMatch(d -> LocalDate.parse(d).isAfter(LocalDate.of(2022, 1, 1)))
          .anyMatch(d -> LocalDate.parse(d).isAfter(LocalDate.of(2031, 6, 1)));
    }
  }

  private static boolean hasNullAt(JsonNode e, String fieldId) {
    String path = fieldId.startsWith("root.") ? fieldId.substring(5) : fieldId;
    return e.at("/" + path.replace('.', '/')).isNull();
  }

  private static JsonNode first(String... pathAndValue) {
    String value = pathAndValue[pathAndValue.length - 1];
    String pointer =
        "/humanReadable/"
            + String.join("/", List.of(pathAndValue).subList(0, pathAndValue.length - 1));
    for (JsonNode e : everyone) {
      if (e.at(pointer).asText().equals(value)) {
        return e;
      }
    }
    throw new AssertionError("nobody with " + pointer + " = " + value);
  }

  private static Map<String, Integer> histogram(String... path) {
    String pointer = "/humanReadable/" + String.join("/", path);
    Map<String, Integer> counts = new HashMap<>();
    everyone.forEach(e -> counts.merge(e.at(pointer).asText(), 1, Integer::sum));
    return counts;
  }

  private static int count(String section, String field, String humanValue) {
    return histogram(section, field).getOrDefault(humanValue, 0);
  }
}
