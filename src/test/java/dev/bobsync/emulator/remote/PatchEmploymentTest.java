package dev.bobsync.emulator.remote;

import static dev.bobsync.emulator.remote.TestFixtures.basicInformation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchEmploymentTest extends EmulatorTestBase {
  private static final String PRT_ADDRESS =
      "{\"address\": \"Rua Augusta 1\", \"city\": \"Lisboa\", \"postal_code\": \"1100-048\"}";
  private static final String USA_ADDRESS =
      "{\"address\": \"1 Main St\", \"city\": \"Austin\", \"state\": \"TX\","
          + " \"postal_code\": \"78701\"}";
  private static final String EMERGENCY =
      "{\"name\": \"Ann Hill\", \"relationship\": \"sister\", \"phone_number\": \"+15125550100\"}";

  @Test
  void createdEmploymentTakesSeveralFormsAtOnceAndItsLoginEmailFollows() throws Exception {
    clock.advance(Duration.ofHours(1));
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created",
            """
            {"basic_information": %s,
             "work_email": "cree@acme.example", "manager_id": "u-1", "department_id": "d-1",
             "address_details": %s, "emergency_contact_details": %s,
             "administrative_details": {"tax_number": "123456789",
                                        "social_security_number": "12345678901",
                                        "marital_status": "single"},
             "external_id": "777"}
            """
                .formatted(
                    basicInformation("cree.new@personal.example", "2027-02-01"),
                    PRT_ADDRESS,
                    EMERGENCY));
    assertThat(answer.status()).isEqualTo(200);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("provisional_start_date").asText()).isEqualTo("2027-02-01");
    assertThat(e.path("personal_email").asText()).isEqualTo("cree.new@personal.example");
    assertThat(e.path("login_email").asText()).isEqualTo("cree.new@personal.example");
    assertThat(e.path("work_email").asText()).isEqualTo("cree@acme.example");
    assertThat(e.path("department_id").asText()).isEqualTo("d-1");
    assertThat(e.path("manager").asText()).isEqualTo("u-1");
    assertThat(e.path("address_details").path("postal_code").asText()).isEqualTo("1100-048");
    assertThat(e.path("administrative_details").path("marital_status").asText())
        .isEqualTo("single");
    assertThat(e.path("external_id").asText()).isEqualTo("777");
    assertThat(e.path("onboarding_tasks").path("address_details").path("status").asText())
        .isEqualTo("completed");
    assertThat(e.path("updated_at").asText()).isEqualTo("2026-11-22T11:00:00");
    assertThat(e.path("created_at").asText()).isEqualTo("2026-11-22T10:00:00");
  }

  @Test
  void eachFormMustFitItsCountrysSchemaAndNothingIsStoredOtherwise() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created",
            """
            {"address_details": {"address": "Rua 1", "city": "Lisboa", "postal_code": "1100"},
             "contract_details": {"currency": "EUR"},
             "emergency_contact_details": %s}
            """
                .formatted(EMERGENCY));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames())
        .toIterable()
        .contains(
            "address_details.postal_code",
            "contract_details.currency",
            "contract_details.annual_gross_salary",
            "contract_details.role_description")
        .noneMatch(f -> f.startsWith("emergency_contact_details"));
    assertThat(
            emulator
                .company("acme")
                .employment("e-created")
                .orElseThrow()
                .form(EmploymentForm.EMERGENCY_CONTACT_DETAILS))
        .isNull();
  }

  @Test
  void aFormTheCountryDoesNotHaveIsRefused() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created",
            "{\"personal_details\": {\"date_of_birth\": \"1990-01-01\", \"nationality\": \"PT\"}}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().path("personal_details").get(0).asText())
        .contains("PRT has no personal_details form");
  }

  @Test
  void createdEmploymentStillNeedsAFutureStartDate() throws Exception {
    Api.Answer past =
        acme.patch(
            "/v1/employments/e-created",
            "{\"basic_information\": "
                + basicInformation("cree@personal.example", "2026-11-01")
                + "}");
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.errors().has("provisional_start_date")).isTrue();

    clock.advance(Duration.ofDays(60)); // the stored 2027-01-04 is now in the past
    Api.Answer stale =
        acme.patch(
            "/v1/employments/e-created",
            "{\"basic_information\": "
                + basicInformation("cree@personal.example", "2027-01-04")
                + "}");
    assertThat(stale.errors().has("provisional_start_date")).isTrue();
    assertThat(
            acme.patch("/v1/employments/e-created", "{\"address_details\": " + PRT_ADDRESS + "}")
                .status())
        .as("forms other than the basic information do not judge the start date")
        .isEqualTo(200);
  }

  @Test
  void invitedEmploymentTakesOnlyWorkEmailAndExternalId() throws Exception {
    Api.Answer refused =
        acme.patch("/v1/employments/e-invited", "{\"address_details\": " + PRT_ADDRESS + "}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("message").asText()).contains("only work_email");
    Api.Answer allowed =
        acme.patch(
            "/v1/employments/e-invited",
            "{\"work_email\": \"ivy@acme.example\", \"external_id\": \"5\"}");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.data().path("employment").path("work_email").asText())
        .isEqualTo("ivy@acme.example");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "initiated",
        "review",
        "job_title_review",
        "pending",
        "pending_post_self_enrollment_actions",
        "offboarding",
        "archived"
      })
  void otherStatusesAcceptNothingButExternalId(String status) throws Exception {
    emulator
        .company("acme")
        .moveEmployment("e-created", EmploymentStatus.fromWire(status).orElseThrow());
    Api.Answer refused =
        acme.patch(
            "/v1/employments/e-created",
            "{\"address_details\": " + PRT_ADDRESS + ", \"work_email\": \"c@acme.example\"}");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("message").asText()).contains("is " + status);
    assertThat(refused.errors().path("address_details").get(0).asText()).contains(status);
    assertThat(refused.errors().has("work_email")).isTrue();

    Api.Answer allowed = acme.patch("/v1/employments/e-created", "{\"external_id\": \"55\"}");
    assertThat(allowed.status()).isEqualTo(200);
    assertThat(allowed.data().path("employment").path("external_id").asText()).isEqualTo("55");
  }

  @Test
  void activeEmploymentTakesManagerEmergencyContactAddressAndWorkEmail() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-us",
            """
            {"work_email": "samuel@acme.example", "address_details": %s,
             "emergency_contact_details": %s, "manager_id": "u-1"}
            """
                .formatted(USA_ADDRESS, EMERGENCY));
    assertThat(answer.status()).isEqualTo(200);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("login_email").asText())
        .as("the login e-mail is fixed once the employee was invited")
        .isEqualTo("sam@personal.example");
    assertThat(e.path("work_email").asText()).isEqualTo("samuel@acme.example");
    assertThat(e.path("address_details").path("state").asText()).isEqualTo("TX");
    assertThat(e.path("emergency_contact_details").path("name").asText()).isEqualTo("Ann Hill");
    assertThat(e.path("manager_email").asText()).isEqualTo("boss@acme.example");
  }

  @Test
  void activeEmploymentRefusesNameEmailSsnDepartmentAndContractByName() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-us",
            """
            {"basic_information": {"name": "Samuel Hill"},
             "administrative_details": {"social_security_number": "987-65-4321"},
             "department_id": "d-1", "contract_details": {"annual_gross_salary": 1}}
            """);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "basic_information", "administrative_details", "department_id", "contract_details");
    assertThat(answer.body().path("message").asText()).contains("amendment");
    assertThat(emulator.company("acme").employment("e-us").orElseThrow().fullName())
        .isEqualTo("Sam Hill");
  }

  @Test
  void activeGlobalPayrollAlsoTakesPersonalDetailsInItsOwnForm() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-gp",
            "{\"personal_details\": {\"date_of_birth\": \"1990-04-01\", \"nationality\": \"US\"}}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(
            answer
                .data()
                .path("employment")
                .path("personal_details")
                .path("date_of_birth")
                .asText())
        .isEqualTo("1990-04-01");
    assertThat(
            acme.patch(
                    "/v1/employments/e-gp",
                    "{\"contract_details\": {\"annual_gross_salary\": 9000000,"
                        + " \"pay_frequency\": \"monthly\"}}")
                .errors()
                .has("contract_details"))
        .isTrue();
    assertThat(
            acme.patch("/v1/employments/e-active", "{\"personal_details\": {}}")
                .errors()
                .has("personal_details"))
        .as("an EOR employee's personal details are not for the API once active")
        .isTrue();
  }

  @Test
  void contractorsCannotBeUpdatedAtAll() throws Exception {
    Api.Answer answer = acme.patch("/v1/employments/e-contractor", "{\"external_id\": \"1\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().path("message").asText()).contains("contact Remote");
    assertThat(emulator.company("acme").employment("e-contractor").orElseThrow().externalId())
        .isNull();
  }

  @Test
  void typeAndCountryNeverChange() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created", "{\"type\": \"contractor\", \"country_code\": \"ESP\"}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames()).toIterable().containsExactly("type", "country_code");
    assertThat(acme.patch("/v1/employments/e-created", "{\"type\": \"employee\"}").status())
        .as("the value it has is accepted")
        .isEqualTo(200);
  }

  @Test
  void unknownKeysAndUnknownManagersAreRefusedByName() throws Exception {
    Api.Answer unknown = acme.patch("/v1/employments/e-active", "{\"nickname\": \"A\"}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.errors().has("nickname")).isTrue();
    Api.Answer manager = acme.patch("/v1/employments/e-active", "{\"manager_id\": \"u-404\"}");
    assertThat(manager.errors().path("manager_id").get(0).asText())
        .contains("not a company manager");
  }

  @Test
  void aChangedEmailMustStillBeUnique() throws Exception {
    Api.Answer answer =
        acme.patch(
            "/v1/employments/e-created",
            "{\"basic_information\": "
                + basicInformation("OLD@personal.example", "2027-01-04")
                + "}");
    assertThat(answer.errors().path("email").get(0).asText()).isEqualTo("has already been taken");
    assertThat(
            acme.patch(
                    "/v1/employments/e-created",
                    "{\"basic_information\": "
                        + basicInformation("cree@personal.example", "2027-01-04")
                        + "}")
                .status())
        .as("its own e-mail is not taken")
        .isEqualTo(200);
  }

  @Test
  void aFormSentAgainReplacesTheStoredOneWhole() throws Exception {
    acme.patch(
        "/v1/employments/e-active",
        "{\"address_details\": {\"address\": \"Rua 1\", \"address_line_2\": \"3 Esq\","
            + " \"city\": \"Porto\", \"postal_code\": \"4000-001\"}}");
    JsonNode address =
        acme.patch("/v1/employments/e-active", "{\"address_details\": " + PRT_ADDRESS + "}")
            .data()
            .path("employment")
            .path("address_details");
    assertThat(address.path("city").asText()).isEqualTo("Lisboa");
    assertThat(address.has("address_line_2")).isFalse();
  }
}
