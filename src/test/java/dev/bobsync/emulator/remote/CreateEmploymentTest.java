package dev.bobsync.emulator.remote;

import static dev.bobsync.emulator.remote.TestFixtures.newHire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CreateEmploymentTest extends EmulatorTestBase {

  @Test
  void createsAnEmploymentInCreatedStatusAnsweringRemotesReadShape() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            """
            {"type": "employee", "country_code": "PRT", "external_id": "4000",
             "basic_information": {"name": "Nia Newhire", "email": "nia@personal.example",
                                   "work_email": "nia@acme.example", "job_title": "Engineer",
                                   "provisional_start_date": "2027-01-04",
                                   "has_seniority_date": "no",
                                   "manager": {"id": "u-1"}, "department": {"id": "d-1"}}}
            """);

    assertThat(answer.status()).isEqualTo(201);
    JsonNode e = answer.data().path("employment");
    assertThat(e.path("id").asText())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab].{3}-.{12}");
    assertThat(e.path("status").asText()).isEqualTo("created");
    assertThat(e.path("employment_lifecycle_stage").asText()).isEqualTo("employment_creation");
    assertThat(e.path("full_name").asText()).isEqualTo("Nia Newhire");
    assertThat(e.path("personal_email").asText()).isEqualTo("nia@personal.example");
    assertThat(e.path("login_email").asText()).isEqualTo("nia@personal.example");
    assertThat(e.path("job_title").asText()).isEqualTo("Engineer");
    assertThat(e.path("provisional_start_date").asText()).isEqualTo("2027-01-04");
    assertThat(e.path("country_code").asText()).isEqualTo("PRT");
    assertThat(e.path("company_id").asText()).isEqualTo("acme");
    assertThat(e.path("type").asText()).isEqualTo("employee");
    assertThat(e.path("created_at").asText()).isEqualTo("2026-11-22T10:00:00");
    assertThat(e.path("basic_information").path("work_email").asText())
        .isEqualTo("nia@acme.example");

    JsonNode shown = acme.get("/v1/employments/" + e.path("id").asText()).data().path("employment");
    assertThat(shown.path("department").asText()).isEqualTo("R&D");
    assertThat(shown.path("department_id").asText()).isEqualTo("d-1");
    assertThat(shown.path("manager").asText()).isEqualTo("u-1");
    assertThat(shown.path("manager_email").asText()).isEqualTo("boss@acme.example");
    assertThat(shown.path("external_id").asText()).isEqualTo("4000");
    assertThat(shown.path("country").path("alpha_2_code").asText()).isEqualTo("PT");
    for (String form :
        new String[] {
          "personal_details",
          "address_details",
          "administrative_details",
          "emergency_contact_details",
          "contract_details"
        }) {
      assertThat(shown.get(form).isNull()).as(form).isTrue();
    }
    assertThat(shown.path("onboarding_tasks").path("address_details").path("status").asText())
        .isEqualTo("pending");
    assertThat(emulator.company("acme").employment(e.path("id").asText())).isPresent();
  }

  @Test
  void createTakesOnlyBasicInformationAndRefusesEveryOtherKeyByName() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            newHire("employee", "n@x.example", "2027-01-04")
                .replace(
                    "\"external_id\"",
                    "\"manager_id\": \"u-1\", \"address_details\": {\"city\": \"Lisboa\"},"
                        + " \"external_id\""));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("manager_id", "address_details");
    assertThat(answer.errors().path("address_details").get(0).asText()).contains("PATCH");
    assertThat(emulator.company("acme").employments()).hasSize(7);
  }

  @Test
  void basicInformationMustFitTheCountrysForm() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            """
            {"country_code": "PRT",
             "basic_information": {"name": "Nia", "email": "nia@personal.example",
                                   "job_title": "Engineer", "provisional_start_date": "2027-01-04",
                                   "has_seniority_date": "maybe", "nickname": "N"}}
            """);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("has_seniority_date", "nickname");

    Api.Answer seniority =
        acme.post(
            "/v1/employments",
            newHire("employee", "n@x.example", "2027-01-04").replace("\"no\"", "\"yes\""));
    assertThat(seniority.errors().has("seniority_date")).isTrue();
  }

  @Test
  void aDepartmentNamedWithoutIdIsCreatedWithTheEmployment() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            newHire("employee", "n@x.example", "2027-01-04")
                .replace("\"job_title\"", "\"department\": {\"name\": \"Sales\"}, \"job_title\""));
    assertThat(answer.status()).isEqualTo(201);
    Department sales =
        emulator.company("acme").departments().stream()
            .filter(d -> d.name().equals("Sales"))
            .findFirst()
            .orElseThrow();
    String id = answer.data().path("employment").path("id").asText();
    assertThat(emulator.company("acme").employment(id).orElseThrow().departmentId())
        .isEqualTo(sales.id());
  }

  @Test
  void idsComeFromASeededSequenceSoEveryRunGetsTheSameOnes() throws Exception {
    String first =
        createdId(acme.post("/v1/employments", newHire("employee", "a@x.example", "2027-01-04")));
    try (RemoteEmulator other = RemoteEmulator.start(fixture(), 0, clock)) {
      Api otherAcme = new Api(other.baseUrl(), TestFixtures.ACME_TOKEN, contract);
      assertThat(
              createdId(
                  otherAcme.post(
                      "/v1/employments", newHire("employee", "b@x.example", "2027-01-04"))))
          .isEqualTo(first);
    }
  }

  @Test
  void employeeNeedsAStartDateAfterToday() throws Exception {
    assertStartDateRefused("employee", "2026-11-22");
    assertStartDateRefused("employee", "2026-01-05");
    assertThat(
            acme.post("/v1/employments", newHire("employee", "n@x.example", "2026-11-23")).status())
        .isEqualTo(201);
  }

  @Test
  void contractorNeedsAStartDateAfterToday() throws Exception {
    assertStartDateRefused("contractor", "2026-11-22");
    assertThat(
            acme.post("/v1/employments", newHire("contractor", "n@x.example", "2026-11-23"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void globalPayrollAcceptsAnyStartDate() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            """
            {"type": "global_payroll_employee", "country_code": "USA",
             "engaged_by_legal_entity_id": "le-usa",
             "basic_information": {"name": "Pat Past", "email": "pat@personal.example",
                                   "job_title": "Clerk", "provisional_start_date": "2019-03-01"}}
            """);
    assertThat(answer.status()).isEqualTo(201);
  }

  @Test
  void startDateIsJudgedAgainstTheEmulatorsClock() throws Exception {
    clock.advance(Duration.ofDays(60));
    assertStartDateRefused("employee", "2027-01-04");
  }

  @Test
  void emailOfAnArchivedEmploymentIsAlreadyTaken() throws Exception {
    Api.Answer answer =
        acme.post("/v1/employments", newHire("employee", "old@personal.example", "2027-01-04"));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().path("email").get(0).asText()).isEqualTo("has already been taken");
  }

  @Test
  void emailsCompareCaseInsensitivelyAgainstPersonalLoginAndWorkEmails() throws Exception {
    for (String taken :
        new String[] {"ANA@Personal.example", "ana@ACME.example", "Gil@personal.example"}) {
      Api.Answer answer = acme.post("/v1/employments", newHire("employee", taken, "2027-01-04"));
      assertThat(answer.errors().path("email").get(0).asText())
          .as(taken)
          .isEqualTo("has already been taken");
    }
  }

  @Test
  void workEmailMustBeUniqueToo() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            newHire("employee", "fresh@personal.example", "2027-01-04")
                .replace("\"work_email\": null", "\"work_email\": \"old@acme.example\""));
    assertThat(answer.errors().path("work_email").get(0).asText())
        .isEqualTo("has already been taken");
  }

  @Test
  void emailsAreUniquePerCompanyOnly() throws Exception {
    assertThat(
            globex
                .post("/v1/employments", newHire("employee", "ana@personal.example", "2027-01-04"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void aDeletedEmploymentNoLongerHoldsItsEmail() throws Exception {
    emulator.company("acme").moveEmployment("e-created", EmploymentStatus.DELETED);
    assertThat(
            acme.post("/v1/employments", newHire("employee", "cree@personal.example", "2027-01-04"))
                .status())
        .isEqualTo(201);
  }

  @Test
  void anEmailGivenUpByAChangeIsFreeAndTheNewOneTaken() throws Exception {
    assertThat(
            acme.patch(
                    "/v1/employments/e-created",
                    "{\"basic_information\": "
                        + TestFixtures.basicInformation("cree.new@personal.example", "2027-01-04")
                        + "}")
                .status())
        .isEqualTo(200);
    assertThat(
            acme.post("/v1/employments", newHire("employee", "cree@personal.example", "2027-01-04"))
                .status())
        .isEqualTo(201);
    assertThat(
            acme.post(
                    "/v1/employments",
                    newHire("employee", "CREE.NEW@personal.example", "2027-01-04"))
                .status())
        .isEqualTo(422);
  }

  @Test
  void missingRequiredFieldsAreNamedOneByOne() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            "{\"type\": \"employee\", \"basic_information\": {\"email\": \"x@y.example\"}}");
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("name", "job_title", "provisional_start_date", "country_code");
    assertThat(answer.errors().path("name").get(0).asText()).isEqualTo("can't be blank");
    Api.Answer inPortugal =
        acme.post(
            "/v1/employments",
            "{\"country_code\": \"PRT\", \"basic_information\": {\"email\": \"x@y.example\"}}");
    assertThat(inPortugal.errors().fieldNames())
        .toIterable()
        .contains("name", "job_title", "provisional_start_date", "has_seniority_date");
    assertThat(
            acme.post("/v1/employments", "{\"country_code\": \"PRT\"}")
                .errors()
                .has("basic_information"))
        .isTrue();
  }

  @Test
  void unknownManagerOrDepartmentIsRefused() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/employments",
            newHire("employee", "n@x.example", "2027-01-04")
                .replace(
                    "\"job_title\"",
                    "\"manager\": {\"id\": \"u-404\"}, \"department\": {\"id\": \"d-404\"},"
                        + " \"job_title\""));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().has("manager_id")).isTrue();
    assertThat(answer.errors().has("department_id")).isTrue();
  }

  @Test
  void globalPayrollNeedsOneOfTheCompanysLegalEntitiesInItsCountry() throws Exception {
    String gp =
        """
        {"type": "global_payroll_employee", "country_code": "PRT" %s,
         "basic_information": {"name": "Gia P", "email": "gia@personal.example", "job_title": "Clerk",
                               "provisional_start_date": "2026-10-01"}}
        """;
    assertThat(
            acme.post("/v1/employments", gp.formatted(""))
                .errors()
                .path("engaged_by_legal_entity_id")
                .get(0)
                .asText())
        .startsWith("can't be blank");
    assertThat(
            acme.post("/v1/employments", gp.formatted(", \"engaged_by_legal_entity_id\": \"le-x\""))
                .status())
        .isEqualTo(422);
    assertThat(
            acme.post(
                    "/v1/employments", gp.formatted(", \"engaged_by_legal_entity_id\": \"le-usa\""))
                .errors()
                .path("engaged_by_legal_entity_id")
                .get(0)
                .asText())
        .contains("USA");
    assertThat(
            acme.post(
                    "/v1/employments", gp.formatted(", \"engaged_by_legal_entity_id\": \"le-prt\""))
                .status())
        .isEqualTo(201);
    assertThat(
            acme.post(
                    "/v1/employments",
                    gp.replace("PRT", "GBR")
                        .formatted(", \"engaged_by_legal_entity_id\": \"le-gbr\""))
                .errors()
                .path("engaged_by_legal_entity_id")
                .get(0)
                .asText())
        .contains("without Global Payroll");
  }

  @Test
  void countryCodeMustBeIsoAlpha3() throws Exception {
    for (String code : new String[] {"PT", "XXX", "prt", "ARG"}) {
      Api.Answer answer =
          acme.post(
              "/v1/employments",
              newHire("employee", "n@x.example", "2027-01-04")
                  .replace("\"PRT\"", "\"" + code + "\""));
      assertThat(answer.errors().has("country_code")).as(code).isTrue();
    }
  }

  @Test
  void unknownTypeIsRefused() throws Exception {
    Api.Answer answer =
        acme.post("/v1/employments", newHire("freelancer", "n@x.example", "2027-01-04"));
    assertThat(answer.errors().path("type").get(0).asText()).contains("employee, contractor");
    assertThat(
            acme.post("/v1/employments", newHire("hris", "n@x.example", "2027-01-04"))
                .errors()
                .path("type")
                .get(0)
                .asText())
        .contains("not emulated");
  }

  private void assertStartDateRefused(String type, String date) throws Exception {
    Api.Answer answer = acme.post("/v1/employments", newHire(type, "n@x.example", date));
    assertThat(answer.status()).as(type + " " + date).isEqualTo(422);
    assertThat(answer.errors().path("provisional_start_date").get(0).asText())
        .startsWith("must be in the future");
  }

  private static String createdId(Api.Answer answer) {
    assertThat(answer.status()).isEqualTo(201);
    return answer.data().path("employment").path("id").asText();
  }
}
