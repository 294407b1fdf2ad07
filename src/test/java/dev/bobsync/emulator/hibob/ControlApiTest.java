package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {
  private static final String HIRE =
      "{\"email\": \"nia@acme.example\", \"firstName\": \"Nia\", \"surname\": \"Okafor\","
          + " \"work\": {\"startDate\": \"2027-03-01\", \"department\": \"Sales\","
          + " \"reportsTo\": {\"email\": \"ana@acme.example\"}}}";

  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void addedHireAppearsInSearchCreatedNow() {
    Api.Response r = api.control("POST", "/employees", HIRE);
    assertThat(r.status()).isEqualTo(201);
    String id = r.json().get("id").asText();
    JsonNode nia =
        api.searchOne(
            id,
            "[\"root.creationDateTime\", \"internal.lifecycleStatus\", \"work.department\","
                + " \"work.reportsTo\"]");
    assertThat(nia.get("creationDateTime").asText()).isEqualTo(Api.NOW.toString());
    assertThat(nia.at("/internal/lifecycleStatus").asText()).isEqualTo("hired");
    assertThat(nia.at("/work/department").asText()).isEqualTo("102");
    assertThat(nia.at("/work/reportsTo/id").asText()).isEqualTo(Api.ANA);
  }

  @Test
  void aHireNeedsNamesStartDateAndAnUnusedEmail() {
    assertThat(api.control("POST", "/employees", "{\"email\": \"x@acme.example\"}").status())
        .isEqualTo(400);
    assertThat(api.control("POST", "/employees", HIRE.replace("nia@", "ana@")).status())
        .isEqualTo(409);
  }

  @Test
  void patchChangesAnyStoredFieldAndAnswersTheWholeEmployee() {
    Api.Response r =
        api.control(
            "PATCH",
            "/employees/" + Api.ANA,
            "{\"work\": {\"title\": \"CTO\"}, \"address\": {\"city\": \"Porto\"}}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/address/city").asText()).isEqualTo("Porto");
    assertThat(r.json().has("/address/city")).isFalse();
    JsonNode ana = api.searchOne(Api.ANA, "[\"work.title\"]");
    assertThat(ana.at("/work/title").asText()).isEqualTo(r.json().at("/work/title").asText());
    assertThat(api.control("PATCH", "/employees/nobody", "{}").status()).isEqualTo(404);
  }

  @Test
  void terminateMakesALeaverWithTerminationDate() {
    Api.Response r =
        api.control(
            "POST",
            "/employees/" + Api.ANA + "/terminate",
            "{\"terminationDate\": \"2026-11-30\", \"reason\": \"Resignation\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/internal/status").asText()).isEqualTo("Inactive");
    assertThat(r.json().at("/internal/terminationDate").asText()).isEqualTo("2026-11-30");
    assertThat(PeopleSearchTest.ids(api.search("{}"))).doesNotContain(Api.ANA);
  }

  @Test
  void badDatesAre400NotServerErrors() {
    Api.Response r =
        api.control(
            "POST", "/employees/" + Api.ANA + "/terminate", "{\"terminationDate\": \"soon\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains("soon");
  }

  @Test
  void replacedPermissionGroupChangesWhatSearchReturns() {
    assertThat(api.searchOne(Api.ANA, "[\"payroll.salary.yearlyPayment\"]").has("payroll"))
        .isTrue();
    Api.Response r =
        api.control(
            "PUT",
            "/permission-groups/Integrations",
            "{\"people\": {\"root\": [\"view\"]}, \"accessRights\": \"lifecycleStatusExists\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(api.searchOne(Api.ANA, "[\"payroll.salary.yearlyPayment\"]").has("payroll"))
        .isFalse();
  }

  @Test
  void aSecondRestrictedServiceUserCanBeAdded() {
    api.control(
        "PUT",
        "/service-users/SERVICE-9",
        "{\"token\": \"t9\", \"permissionGroup\": \"Basic only\"}");
    api.as("SERVICE-9", "t9");
    JsonNode ana =
        PeopleSearchTest.byId(api.search("{\"fields\": [\"home.privateEmail\"]}"), Api.ANA);
    assertThat(ana.has("home")).isFalse();
  }

  @Test
  void timeOffRequestsAreAddedApprovedMovedAndDeleted() {
    Api.Response added =
        api.control(
            "POST",
            "/timeoff/requests",
            "{\"employeeId\": \""
                + Api.JO
                + "\", \"policyType\": \"Holiday\","
                + " \"startDate\": \"2027-02-01\", \"endDate\": \"2027-02-05\"}");
    assertThat(added.status()).isEqualTo(201);
    long id = added.json().get("requestId").asLong();
    assertThat(
            api.control("PATCH", "/timeoff/requests/" + id, "{\"status\": \"approved\"}").status())
        .isEqualTo(200);
    Api.Response moved =
        api.control(
            "PATCH",
            "/timeoff/requests/" + id,
            "{\"startDate\": \"2027-02-08\", \"endDate\": \"2027-02-09\"}");
    long newId = moved.json().get("requestId").asLong();
    assertThat(moved.json().get("previousRequestId").asLong()).isEqualTo(id);
    assertThat(api.emulator.company().timeOffRequest(newId).orElseThrow().totalDuration())
        .isEqualTo(2);
    assertThat(api.control("DELETE", "/timeoff/requests/" + newId, null).status()).isEqualTo(204);
    assertThat(api.emulator.company().timeOffRequest(newId)).isEmpty();
  }

  @Test
  void timeOffRequestsAreChecked() {
    String body = "{\"employeeId\": \"nobody\", \"startDate\": \"2027-02-01\"}";
    assertThat(api.control("POST", "/timeoff/requests", body).status()).isEqualTo(404);
    assertThat(
            api.control(
                    "POST",
                    "/timeoff/requests",
                    "{\"employeeId\": \""
                        + Api.JO
                        + "\", \"startDate\": \"2027-02-01\","
                        + " \"status\": \"maybe\"}")
                .json()
                .get("error")
                .asText())
        .contains("status");
    assertThat(api.control("PATCH", "/timeoff/requests/104", "{\"status\": \"approved\"}").status())
        .isEqualTo(409);
  }

  @Test
  void stateShowsTheCompanyWithoutTokens() {
    Api.Response r = api.control("GET", "/state", null);
    JsonNode state = r.json();
    assertThat(state.at("/company/name").asText()).isEqualTo("Acme Ltd");
    assertThat(state.at("/employees/total").asInt()).isEqualTo(4);
    assertThat(state.at("/employees/inactive").asInt()).isEqualTo(1);
    assertThat(state.at("/serviceUsers/0/id").asText()).isEqualTo("SERVICE-1");
    assertThat(state.at("/jvm/heapUsedBytes").asLong()).isPositive();
    assertThat(r.body()).doesNotContain("secret");
  }

  @Test
  void countsRequestsPerRouteAndTheirResetsFromJavaAndHttp() {
    api.post("/people/search", "{}");
    api.post("/people/search", "{}");
    api.post("/people/" + Api.ANA, "{}");
    api.emulator.rateLimits(new RateLimits(2, 50, 10, 10));
    api.post("/people/search", "{}");
    RequestStats stats = api.emulator.stats();
    assertThat(stats.count("POST", "/v1/people/search")).isEqualTo(3);
    assertThat(stats.count("POST", "/v1/people/{idOrEmail}")).isEqualTo(1);
    assertThat(stats.rateLimited()).isZero();
    api.post("/people/search", "{}");
    api.post("/people/search", "{}");
    JsonNode http = api.control("GET", "/stats", null).json();
    assertThat(http.at("/requests/POST \\/v1\\/people\\/search").isMissingNode()).isTrue();
    assertThat(http.get("requests").get("POST /v1/people/search").asLong()).isEqualTo(5);
    assertThat(http.get("rateLimited").asLong()).isEqualTo(1);
    assertThat(api.control("DELETE", "/stats", null).status()).isEqualTo(204);
    assertThat(api.emulator.stats().total()).isZero();
  }
}
