package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DirectoryTest extends EmulatorTestBase {

  @Test
  void listsTheCompanyManagers() throws Exception {
    JsonNode data = acme.get("/v1/company-managers").data();
    JsonNode manager = data.path("company_managers").get(0);
    assertThat(manager.path("user_id").asText()).isEqualTo("u-1");
    assertThat(manager.path("user_email").asText()).isEqualTo("boss@acme.example");
    assertThat(manager.path("role").asText()).isEqualTo("admin");
    assertThat(data.path("total_count").asInt()).isEqualTo(1);
  }

  @Test
  void listsTheCompanyDepartmentsWithOrWithoutItsCompanyId() throws Exception {
    assertThat(
            acme.get("/v1/company-departments")
                .data()
                .path("company_departments")
                .findValuesAsText("name"))
        .containsExactly("R&D");
    assertThat(
            acme.get("/v1/company-departments?company_id=acme").data().path("total_count").asInt())
        .isEqualTo(1);
  }

  @Test
  void createsADepartmentThatEmploymentsCanThenUse() throws Exception {
    Api.Answer created =
        acme.post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"Sales\"}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.data().path("department").path("id").asText();
    assertThat(created.data().path("department").path("name").asText()).isEqualTo("Sales");

    Api.Answer moved =
        acme.patch("/v1/employments/e-active", "{\"department_id\": \"" + id + "\"}");
    assertThat(moved.data().path("employment").path("department").path("name").asText())
        .isEqualTo("Sales");
  }

  @Test
  void departmentNeedsANewNonBlankName() throws Exception {
    assertThat(
            acme.post("/v1/company-departments", "{\"name\": \" r&d \"}")
                .errors()
                .path("name")
                .get(0)
                .asText())
        .isEqualTo("has already been taken");
    assertThat(
            acme.post("/v1/company-departments", "{\"name\": \"\"}")
                .errors()
                .path("name")
                .get(0)
                .asText())
        .isEqualTo("can't be blank");
  }
}
