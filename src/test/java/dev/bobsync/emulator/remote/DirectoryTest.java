package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DirectoryTest extends EmulatorTestBase {

  @Test
  void identityNamesTheTokensCompanyAnsweringTheDeclared201() throws Exception {
    Api.Answer answer = acme.get("/v1/identity/current");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.data().path("company").path("id").asText()).isEqualTo("acme");
    assertThat(answer.data().path("company").path("name").asText()).isEqualTo("Acme Ltd");
    assertThat(answer.data().path("user").path("status").asText()).isEqualTo("active");
  }

  @Test
  void listsTheCompanysLegalEntitiesWithCountryAndGlobalPayroll() throws Exception {
    JsonNode data = acme.get("/v1/companies/acme/legal-entities").data();
    assertThat(data.path("total_count").asInt()).isEqualTo(3);
    JsonNode uk = data.path("legal_entities").get(0);
    assertThat(uk.path("id").asText()).isEqualTo("le-gbr");
    assertThat(uk.path("name").asText()).isEqualTo("Acme UK Ltd");
    assertThat(uk.path("country_code").asText()).isEqualTo("GBR");
    assertThat(uk.path("global_payroll_enabled").asBoolean()).isFalse();
    assertThat(uk.path("is_default").asBoolean()).isTrue();
    assertThat(data.path("legal_entities").get(1).path("global_payroll_enabled").asBoolean())
        .isTrue();
    assertThat(acme.get("/v1/companies/globex/legal-entities").status()).isEqualTo(404);
  }

  @Test
  void listsTheCompanyManagers() throws Exception {
    JsonNode data = acme.get("/v1/company-managers").data();
    JsonNode manager = data.path("company_managers").get(0);
    assertThat(manager.path("user_id").asText()).isEqualTo("u-1");
    assertThat(manager.path("user_email").asText()).isEqualTo("boss@acme.example");
    assertThat(manager.path("user_name").asText()).isEqualTo("boss");
    assertThat(manager.path("role").asText()).isEqualTo("admin");
    assertThat(manager.path("company_id").asText()).isEqualTo("acme");
    assertThat(data.path("total_count").asInt()).isEqualTo(1);
  }

  @Test
  void departmentsNeedTheCompanyIdAndPageBesideData() throws Exception {
    Api.Answer missing = acme.get("/v1/company-departments");
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.errors().has("company_id")).isTrue();
    Api.Answer answer = acme.get("/v1/company-departments?company_id=acme");
    assertThat(answer.data().path("company_departments").findValuesAsText("name"))
        .containsExactly("R&D");
    assertThat(answer.data().path("company_departments").get(0).path("company_id").asText())
        .isEqualTo("acme");
    assertThat(answer.body().path("total_count").asInt()).isEqualTo(1);
    assertThat(answer.body().path("current_page").asInt()).isEqualTo(1);
    assertThat(answer.data().has("total_count")).isFalse();
    assertThat(acme.get("/v1/company-departments?company_id=globex").status()).isEqualTo(404);
  }

  @Test
  void createsADepartmentUnderCompanyDepartmentThatEmploymentsCanThenUse() throws Exception {
    Api.Answer created =
        acme.post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"Sales\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().has("data")).isFalse();
    JsonNode department = created.body().path("company_department");
    assertThat(department.path("name").asText()).isEqualTo("Sales");
    assertThat(department.path("company_id").asText()).isEqualTo("acme");

    Api.Answer moved =
        acme.patch(
            "/v1/employments/e-created",
            "{\"department_id\": \"" + department.path("id").asText() + "\"}");
    assertThat(moved.data().path("employment").path("department").asText()).isEqualTo("Sales");
  }

  @Test
  void departmentNeedsTheCompanyIdAndANameOfOneTo255Characters() throws Exception {
    assertThat(
            acme.post("/v1/company-departments", "{\"name\": \"Sales\"}")
                .errors()
                .has("company_id"))
        .isTrue();
    assertThat(
            acme.post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"\"}")
                .errors()
                .path("name")
                .get(0)
                .asText())
        .isEqualTo("can't be blank");
    assertThat(
            acme.post(
                    "/v1/company-departments",
                    "{\"company_id\": \"acme\", \"name\": \"" + "x".repeat(256) + "\"}")
                .errors()
                .has("name"))
        .isTrue();
    assertThat(
            acme.post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"R&D\"}")
                .status())
        .as("names need not be unique")
        .isEqualTo(201);
  }
}
