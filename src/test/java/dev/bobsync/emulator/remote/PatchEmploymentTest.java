package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchEmploymentTest extends EmulatorTestBase {

  @Test
  void createdEmploymentTakesAnyChangeAndItsLoginEmailFollows() throws Exception {
    clock.advance(Duration.ofHours(1));
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created",
            """
            {"basic_information": {"name": "Cree Renamed", "email": "cree.new@personal.example",
                                   "job_title": "Staff Engineer", "provisional_start_date": "2027-02-01"},
             "work_email": "cree@acme.example", "manager_id": "u-1", "department_id": "d-1",
             "personal_details": {"birth_date": "1990-01-01"}, "external_id": "777"}
            """);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("full_name").asText()).isEqualTo("Cree Renamed");
    assertThat(e.path("job_title").asText()).isEqualTo("Staff Engineer");
    assertThat(e.path("provisional_start_date").asText()).isEqualTo("2027-02-01");
    assertThat(e.path("personal_email").asText()).isEqualTo("cree.new@personal.example");
    assertThat(e.path("login_email").asText()).isEqualTo("cree.new@personal.example");
    assertThat(e.path("work_email").asText()).isEqualTo("cree@acme.example");
    assertThat(e.path("department_id").asText()).isEqualTo("d-1");
    assertThat(e.path("external_id").asText()).isEqualTo("777");
    assertThat(e.path("updated_at").asText()).isEqualTo("2026-11-22T11:00:00Z");
    assertThat(e.path("created_at").asText()).isEqualTo("2026-11-22T10:00:00Z");
  }

  @Test
  void createdEmploymentStillNeedsAFutureStartDate() throws Exception {
    Api.Answer past =
        acme.patch(
            "/v1/employments/e-created",
            "{\"basic_information\": {\"provisional_start_date\": \"2026-11-01\"}}");
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.errors().has("provisional_start_date")).isTrue();

    clock.advance(Duration.ofDays(60)); // the stored 2027-01-04 is now in the past
    Api.Answer stale =
        acme.patch("/v1/employments/e-created", "{\"basic_information\": {\"name\": \"C\"}}");
    assertThat(stale.errors().has("provisional_start_date")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "invited",
        "initiated",
        "review",
        "job_title_review",
        "pending",
        "pending_post_self_enrollment_actions"
      })
  void onboardingStatusesAcceptNothingButExternalId(String status) throws Exception {
    emulator
        .company("acme")
        .moveEmployment("e-created", EmploymentStatus.fromWire(status).orElseThrow());
    Api.Answer refused =
        acme.patch(
            "/v1/employments/e-created",
            "{\"basic_information\": {\"name\": \"X\"}, \"work_email\": \"c@acme.example\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("message").asText()).contains("status " + status);
    assertThat(refused.errors().path("name").get(0).asText()).contains(status);
    assertThat(refused.errors().has("work_email")).isTrue();

    Api.Answer allowed = acme.patch("/v1/employments/e-created", "{\"external_id\": \"55\"}");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.data().path("employment").path("external_id").asText()).isEqualTo("55");
  }

  @Test
  void offboardingEmploymentAcceptsOnlyExternalIdToo() throws Exception {
    emulator.company("acme").moveEmployment("e-active", EmploymentStatus.OFFBOARDING);
    Api.Answer refused =
        acme.patch("/v1/employments/e-active", "{\"address_details\": {\"city\": \"Faro\"}}");
    assertThat(refused.body().path("message").asText()).contains("status offboarding");
    assertThat(acme.patch("/v1/employments/e-active", "{\"external_id\": \"9\"}").status())
        .isEqualTo(200);
  }

  @Test
  void activeEmploymentTakesNameEmailsAddressManagerDepartmentEmergencyContactAndUsSsn()
      throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-us",
            """
            {"basic_information": {"name": "Samuel Hill", "email": "samuel@personal.example"},
             "work_email": "samuel@acme.example",
             "address_details": {"address": "1 Main St", "city": "Austin"},
             "emergency_contact_details": {"name": "Ann Hill", "phone_number": "+15125550100"},
             "administrative_details": {"social_security_number": "987-65-4321"},
             "manager_id": "u-1", "department_id": "d-1"}
            """);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("full_name").asText()).isEqualTo("Samuel Hill");
    assertThat(e.path("personal_email").asText()).isEqualTo("samuel@personal.example");
    assertThat(e.path("login_email").asText())
        .as("the login e-mail is fixed once the employee was invited")
        .isEqualTo("sam@personal.example");
    assertThat(e.path("work_email").asText()).isEqualTo("samuel@acme.example");
    assertThat(e.path("address_details").path("city").asText()).isEqualTo("Austin");
    assertThat(e.path("emergency_contact_details").path("name").asText()).isEqualTo("Ann Hill");
    assertThat(e.path("administrative_details").path("social_security_number").asText())
        .isEqualTo("987-65-4321");
    assertThat(e.path("manager_email").asText()).isEqualTo("boss@acme.example");
    assertThat(e.path("department").path("name").asText()).isEqualTo("R&D");
  }

  @Test
  void activeNonUsEmploymentGetsNoSsn() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-active",
            "{\"administrative_details\": {\"social_security_number\": \"987-65-4321\"}}");
    assertThat(answer.errors().path("social_security_number").get(0).asText()).contains("USA");
  }

  @Test
  void activeEorJobTitleOrStartDateChangeNeedsAContractAmendment() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-active",
            "{\"basic_information\": {\"job_title\": \"Lead\", \"provisional_start_date\": \"2026-02-01\"}}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().path("job_title").get(0).asText()).contains("contract amendment");
    assertThat(answer.errors().path("provisional_start_date").get(0).asText())
        .contains("contract amendment");
    assertThat(emulator.company("acme").employment("e-active").orElseThrow().jobTitle())
        .isEqualTo("Engineer");
  }

  @Test
  void activeContractorFollowsTheEmployeeRules() throws Exception {
    assertThat(
            acme.patch(
                    "/v1/employments/e-contractor",
                    "{\"basic_information\": {\"name\": \"Cora T\"}}")
                .status())
        .isEqualTo(200);
    Api.Answer title =
        acme.patch(
            "/v1/employments/e-contractor", "{\"basic_information\": {\"job_title\": \"Lead\"}}");
    assertThat(title.errors().path("job_title").get(0).asText()).contains("contract amendment");
  }

  @Test
  void activeGlobalPayrollAlsoTakesStartDateJobTitleAndSalary() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-gp",
            """
            {"basic_information": {"job_title": "Senior Accountant", "provisional_start_date": "2023-01-02"},
             "contract_details": {"annual_gross_salary": 9000000}}
            """);
    assertThat(answer.status()).isEqualTo(200);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("job_title").asText()).isEqualTo("Senior Accountant");
    assertThat(e.path("provisional_start_date").asText()).isEqualTo("2023-01-02");
    assertThat(e.path("contract_details").path("annual_gross_salary").asLong())
        .isEqualTo(9_000_000L);
  }

  @Test
  void activeEorSalaryChangeNeedsAContractAmendment() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-active", "{\"contract_details\": {\"annual_gross_salary\": 1}}");
    assertThat(answer.errors().path("contract_details").get(0).asText())
        .contains("contract amendment");
  }

  @Test
  void archivedEmploymentChangesNothing() throws Exception {
    Api.Answer answer = acme.patch("/v1/employments/e-archived", "{\"external_id\": \"1\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().path("message").asText()).contains("archived").contains("nothing");
    assertThat(emulator.company("acme").employment("e-archived").orElseThrow().externalId())
        .isNull();
  }

  @Test
  void typeAndCountryNeverChange() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created", "{\"type\": \"contractor\", \"country_code\": \"ESP\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames()).toIterable().containsExactly("type", "country_code");
  }

  @Test
  void aChangedEmailMustStillBeUnique() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-active",
            "{\"basic_information\": {\"email\": \"OLD@personal.example\"}}");
    assertThat(answer.errors().path("email").get(0).asText()).isEqualTo("has already been taken");
    assertThat(
            acme.patch(
                    "/v1/employments/e-active",
                    "{\"basic_information\": {\"email\": \"ana@personal.example\"}}")
                .status())
        .as("its own e-mail is not taken")
        .isEqualTo(200);
  }

  @Test
  void formsMergeKeyByKeyAndNullRemovesAKey() throws Exception {
    acme.patch(
        "/v1/employments/e-active",
        "{\"address_details\": {\"city\": \"Porto\", \"zip\": \"4000\"}}");
    JsonNode address =
        acme.patch(
                "/v1/employments/e-active",
                "{\"address_details\": {\"zip\": null, \"address\": \"Rua 1\"}}")
            .data()
            .path("employment")
            .path("address_details");
    assertThat(address.path("city").asText()).isEqualTo("Porto");
    assertThat(address.path("address").asText()).isEqualTo("Rua 1");
    assertThat(address.has("zip")).isFalse();
  }
}
