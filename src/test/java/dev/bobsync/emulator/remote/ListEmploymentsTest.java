package dev.bobsync.emulator.remote;

import static dev.bobsync.emulator.remote.TestFixtures.newHire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ListEmploymentsTest extends EmulatorTestBase {

  @Test
  void listsInPagesWithRemotesPaginationFields() throws Exception {
    JsonNode first = acme.get("/v1/employments?page_size=3").data();
    assertThat(first.path("employments").findValuesAsText("id"))
        .containsExactly("e-active", "e-us", "e-gp");
    assertThat(first.path("current_page").asInt()).isEqualTo(1);
    assertThat(first.path("total_count").asInt()).isEqualTo(7);
    assertThat(first.path("total_pages").asInt()).isEqualTo(3);

    JsonNode last = acme.get("/v1/employments?page_size=3&page=3").data();
    assertThat(last.path("employments").findValuesAsText("id")).containsExactly("e-archived");
    assertThat(last.path("current_page").asInt()).isEqualTo(3);
  }

  @Test
  void listItemsAreMinimalEmploymentsWithoutStartDateManagerOrForms() throws Exception {
    acme.patch("/v1/employments/e-active", "{\"manager_id\": \"u-1\"}");
    JsonNode item = acme.get("/v1/employments?page_size=1").data().path("employments").get(0);
    assertThat(item.path("id").asText()).isEqualTo("e-active");
    assertThat(item.path("short_id").asText()).matches("[0-9A-Z]{6}");
    assertThat(item.path("employment_model").asText()).isEqualTo("eor");
    assertThat(item.path("country").path("code").asText()).isEqualTo("PRT");
    assertThat(item.has("external_id")).isTrue();
    for (String absent :
        new String[] {
          "provisional_start_date",
          "manager",
          "manager_email",
          "address_details",
          "basic_information"
        }) {
      assertThat(item.has(absent)).as(absent).isFalse();
    }
  }

  @Test
  void filtersBySeveralStatusesIncompleteModelAndShortId() throws Exception {
    assertThat(
            acme.get("/v1/employments?status=created,invited")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-created", "e-invited");
    assertThat(
            acme.get("/v1/employments?status=incomplete")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-created", "e-invited");
    assertThat(
            acme.get("/v1/employments?employment_model=global_payroll")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-gp");
    String shortId = EmploymentJson.shortId("e-us");
    assertThat(
            acme.get("/v1/employments?short_id=" + shortId)
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-us");
    assertThat(acme.get("/v1/employments?company_id=globex").status()).isEqualTo(404);
  }

  @Test
  void pageSizeDefaultsTo20AndMayNotExceed100() throws Exception {
    for (int i = 0; i < 25; i++) {
      emulator.company("globex").addEmployment(TestEntries.active("p" + i + "@personal.example"));
    }
    JsonNode page = globex.get("/v1/employments").data();
    assertThat(page.path("employments").size()).isEqualTo(20);
    assertThat(page.path("total_count").asInt()).isEqualTo(26);
    assertThat(globex.get("/v1/employments?page_size=100").data().path("employments").size())
        .isEqualTo(26);

    Api.Answer tooBig = globex.get("/v1/employments?page_size=101");
    assertThat(tooBig.status()).isEqualTo(422);
    assertThat(tooBig.errors().has("page_size")).isTrue();
    assertThat(globex.get("/v1/employments?page=0").errors().has("page")).isTrue();
  }

  @Test
  void filtersByLoginEmailTrimmedAndCaseInsensitively() throws Exception {
    JsonNode found = acme.get("/v1/employments?email=ANA%40personal.example").data();
    assertThat(found.path("employments").findValuesAsText("id")).containsExactly("e-active");
    assertThat(
            acme.get("/v1/employments?email=ana%40acme.example").data().path("total_count").asInt())
        .as("the work e-mail is not the login e-mail")
        .isZero();
  }

  @Test
  void filtersByStatusAndEmploymentType() throws Exception {
    assertThat(
            acme.get("/v1/employments?status=archived")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-archived");
    assertThat(
            acme.get("/v1/employments?employment_type=contractor&status=active")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .containsExactly("e-contractor");
    assertThat(acme.get("/v1/employments?status=sleeping").errors().has("status")).isTrue();
  }

  @Test
  void deletedEmploymentsAreNeitherListedNorShown() throws Exception {
    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.DELETED);
    assertThat(
            acme.get("/v1/employments?page_size=100")
                .data()
                .path("employments")
                .findValuesAsText("id"))
        .doesNotContain("e-created");
    assertThat(acme.get("/v1/employments?status=deleted").data().path("total_count").asInt())
        .isZero();
    assertThat(acme.get("/v1/employments/e-created").status()).isEqualTo(404);
  }

  @Test
  void showsOneEmploymentAndAnswersJson404ForAnUnknownOne() throws Exception {
    Api.Answer shown = acme.get("/v1/employments/e-gp");
    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.data().path("employment").path("type").asText())
        .isEqualTo("global_payroll_employee");

    Api.Answer missing = acme.get("/v1/employments/e-404");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().path("message").asText()).isEqualTo("Employment not found");
  }

  @Test
  void managerEmploymentIdPointsAtTheManagersOwnEmployment() throws Exception {
    acme.post("/v1/employments", newHire("employee", "boss@acme.example", "2027-01-04"));
    String bossId =
        acme.get("/v1/employments?email=boss%40acme.example")
            .data()
            .path("employments")
            .get(0)
            .path("id")
            .asText();
    JsonNode report =
        acme.patch("/v1/employments/e-active", "{\"manager_id\": \"u-1\"}")
            .data()
            .path("employment");
    assertThat(report.path("manager_email").asText()).isEqualTo("boss@acme.example");
    assertThat(report.path("manager_employment_id").asText()).isEqualTo(bossId);
  }
}
