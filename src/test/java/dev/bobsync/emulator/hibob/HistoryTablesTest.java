package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryTablesTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void salariesListsEveryRowWithTheCurrentOneMarked() {
    JsonNode rows = api.get("/people/" + Api.MEI + "/salaries").json().get("values");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).at("/base/value").asInt()).isEqualTo(250000);
    assertThat(rows.get(1).at("/base/currency").asText()).isEqualTo("JPY");
    assertThat(rows.get(1).get("payPeriod").asText()).isEqualTo("Monthly");
    assertThat(rows.get(1).get("isCurrent").asBoolean()).isTrue();
    assertThat(rows.get(0).get("isCurrent").asBoolean()).isFalse();
  }

  @Test
  void salaryRowIsDerivedFromPayrollFieldsWhenTheFixtureHasNone() {
    JsonNode row = api.get("/people/" + Api.ANA + "/salaries").json().at("/values/0");
    assertThat(row.at("/base/value").asInt()).isEqualTo(90000);
    assertThat(row.get("payFrequency").asText()).isEqualTo("Monthly");
    assertThat(row.get("effectiveDate").asText()).isEqualTo("2021-03-01");
  }

  @Test
  void workTableGainsARowWhenHrChangesTheJob() {
    JsonNode before = api.get("/people/" + Api.JO + "/work").json().get("values");
    assertThat(before).hasSize(1);
    assertThat(before.at("/0/reportsTo/id").asText()).isEqualTo(Api.ANA);
    api.emulator
        .company()
        .patchEmployee(Api.JO, api.tree("{\"work\": {\"title\": \"Staff Engineer\"}}"));
    JsonNode after = api.get("/people/" + Api.JO + "/work").json().get("values");
    assertThat(after).hasSize(2);
    assertThat(after.get(1).get("effectiveDate").asText()).isEqualTo("2026-11-22");
  }

  @Test
  void historyNeedsViewHistoryOnTheSectionAndAVisibleEmployee() {
    api.as("SERVICE-2", "secret-2");
    assertThat(api.get("/people/" + Api.ANA + "/work").status()).isEqualTo(403);
    assertThat(api.get("/people/" + Api.ANA + "/salaries").status()).isEqualTo(403);
    api.as("SERVICE-1", "secret");
    assertThat(api.get("/people/nobody/work").status()).isEqualTo(404);
  }

  @Test
  void bulkSalariesPagesThroughEveryoneLeaversIncludedByCursor() {
    JsonNode first = api.get("/bulk/people/salaries?limit=2").json();
    assertThat(first.get("results")).hasSize(2);
    assertThat(first.get("errors")).isEmpty();
    String cursor = first.at("/response_metadata/next_cursor").asText();
    assertThat(cursor).isNotBlank();
    JsonNode rest = api.get("/bulk/people/salaries?limit=200&cursor=" + cursor).json();
    assertThat(rest.at("/response_metadata/next_cursor").isNull()).isTrue();
    java.util.Map<String, JsonNode> byId = new java.util.LinkedHashMap<>();
    for (JsonNode page : new JsonNode[] {first, rest}) {
      page.get("results").forEach(r -> byId.put(r.get("employeeId").asText(), r));
    }
    assertThat(byId).containsKeys(Api.ANA, Api.MEI, Api.LEE);
    assertThat(byId).hasSize(first.get("results").size() + rest.get("results").size());
    JsonNode mei = byId.get(Api.MEI);
    assertThat(mei.get("values")).hasSize(2);
    assertThat(mei.at("/values/1/base/currency").asText()).isEqualTo("JPY");
  }

  @Test
  void bulkSalariesWithoutViewHistoryNamesEachPersonAsAnErrorAndALimitOver200Is400() {
    api.as("SERVICE-2", "secret-2");
    JsonNode answer = api.get("/bulk/people/salaries").json();
    assertThat(answer.get("results")).isEmpty();
    assertThat(answer.at("/errors/0").fields().next().getValue().get("error").asText())
        .isEqualTo("MISSING_PERMISSION");
    api.as("SERVICE-1", "secret");
    assertThat(api.get("/bulk/people/salaries?limit=201").status()).isEqualTo(400);
  }
}
