package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.BobsyncException;
import org.junit.jupiter.api.Test;

class FixtureTest {
  private static final String USERS =
      "\"serviceUsers\": [{\"id\": \"S\", \"token\": \"t\", \"permissionGroup\": \"G\"}],"
          + " \"permissionGroups\": [{\"name\": \"G\", \"people\": {\"root\": [\"view\"],"
          + " \"work\": [\"view\"]}}]";

  @Test
  void exampleFixtureLoads() {
    HibobCompany acme = HibobCompany.fromFixture(Api.EXAMPLE_FIXTURE);
    assertThat(acme.name()).isEqualTo("Acme Ltd");
    assertThat(acme.id()).isEqualTo(630000);
    assertThat(acme.employeeCount()).isEqualTo(4);
    assertThat(acme.serviceUsers())
        .extracting(ServiceUser::id)
        .containsExactly("SERVICE-1", "SERVICE-2", "SERVICE-3");
    assertThat(acme.serviceUsers().get(0).toString()).doesNotContain("secret");
  }

  @Test
  void aPastedSearchResponseWithSlashKeysAndHumanReadableLoads() {
    String pasted =
        "{"
            + USERS
            + ", \"employees\": [{\"id\": \"7\", \"email\": \"a@x.example\","
            + " \"firstName\": \"A\", \"surname\": \"B\", \"fullName\": \"A B\","
            + " \"work\": {\"title\": \"Pilot\", \"isManager\": false,"
            + " \"durationOfEmployment\": {\"years\": 2}}, \"/work/title\": {\"value\": \"Pilot\"},"
            + " \"humanReadable\": {\"work\": {\"title\": \"Pilot\"}}}]}";
    try (Api api = Api.start(HibobCompany.fromFixtureJson(pasted, "pasted")).as("S", "t")) {
      assertThat(
              api.search("{\"fields\": [\"work.title\"], \"humanReadable\": \"REPLACE\"}")
                  .at("/0/work/title")
                  .asText())
          .isEqualTo("Pilot");
    }
  }

  @Test
  void mistakesAreReportedWithWhatIsWrong() {
    assertFails(
        "{\"employees\": [{\"email\": \"a@x.example\"}, {\"email\": \"A@x.example\"}]}",
        "email A@x.example appears twice");
    assertFails(
        "{\"employees\": [{\"email\": \"a@x.example\", \"work\": {\"reportsTo\":"
            + " {\"email\": \"boss@x.example\"}}}]}",
        "reports to boss@x.example, who is not in the company");
    assertFails(
        "{\"employees\": [{\"email\": \"a@x.example\", \"work\": {\"startDate\": \"01/02/2027\"}}]}",
        "work.startDate must be a date (yyyy-MM-dd)");
    assertFails("{\"employees\": {}}", "employees must be an array");
    assertFails("[1, 2]", "a fixture is a JSON object");
    assertFails("{\"company\": ", "fixture bad.json:");
    assertFails(
        "{\"timeOffRequests\": [{\"employeeId\": \"9\", \"startDate\": \"2027-01-01\"}]}",
        "unknown employee 9");
  }

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> HibobCompany.fromFixtureJson(json, "bad.json"))
        .isInstanceOf(BobsyncException.class)
        .hasMessageStartingWith("fixture bad.json: ")
        .hasMessageContaining(message);
  }
}
