package dev.bobsync.emulator.remote;

import static dev.bobsync.emulator.remote.TestFixtures.newHire;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ControlApiTest extends EmulatorTestBase {

  @Test
  void movesAnEmploymentThroughItsStatusesWithAMatchingLifecycleStage() throws Exception {
    String path = "/_emulator/companies/acme/employments/e-created/status";
    String[][] steps = {
      {"invited", "employee_self_enrollment"},
      {"initiated", "right_to_work_check"},
      {"review", "remote_enrollment"},
      {"pending", "contract_signing"},
      {"active", "onboarded"},
      {"archived", "offboarded"}
    };
    for (String[] step : steps) {
      Api.Answer answer = control.post(path, "{\"status\": \"" + step[0] + "\"}");
      assertThat(answer.status()).as(step[0]).isEqualTo(200);
      assertThat(answer.body().path("status").asText()).isEqualTo(step[0]);
      assertThat(answer.body().path("employment_lifecycle_stage").asText()).isEqualTo(step[1]);
      assertThat(
              acme.get("/v1/employments/e-created")
                  .data()
                  .path("employment")
                  .path("status")
                  .asText())
          .isEqualTo(step[0]);
    }
  }

  @Test
  void refusesMovingBackwardsOrOutOfArchived() throws Exception {
    Api.Answer back =
        control.post(
            "/_emulator/companies/acme/employments/e-active/status", "{\"status\": \"invited\"}");
    assertThat(back.status()).isEqualTo(409);
    assertThat(back.body().path("message").asText()).contains("from active to invited");
    assertThat(
            control
                .post(
                    "/_emulator/companies/acme/employments/e-archived/status",
                    "{\"status\": \"active\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            control
                .post(
                    "/_emulator/companies/acme/employments/e-active/status",
                    "{\"status\": \"asleep\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            control
                .post(
                    "/_emulator/companies/acme/employments/e-404/status",
                    "{\"status\": \"active\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void addsACompanyThatCanUseTheApiAtOnce() throws Exception {
    Api.Answer added =
        control.post(
            "/_emulator/companies",
            """
            {"id": "initech", "name": "Initech", "apiToken": "ra_test_initech",
             "departments": [{"id": "d-9", "name": "TPS"}]}
            """);
    assertThat(added.status()).isEqualTo(201);
    Api initech = api("ra_test_initech");
    assertThat(
            initech
                .post("/v1/employments", newHire("employee", "ana@personal.example", "2027-01-04"))
                .status())
        .isEqualTo(201);
    assertThat(emulator.company("initech").rateLimitPerMinute()).isEqualTo(20);
  }

  @Test
  void refusesACompanyWithALiveTokenOrATakenId() throws Exception {
    Api.Answer live =
        control.post("/_emulator/companies", "{\"id\": \"x\", \"apiToken\": \"ra_live_x\"}");
    assertThat(live.status()).isEqualTo(400);
    assertThat(live.body().path("message").asText()).contains("ra_test_");
    assertThat(
            control
                .post("/_emulator/companies", "{\"id\": \"acme\", \"apiToken\": \"ra_test_z\"}")
                .status())
        .isEqualTo(400);
    assertThat(
            control
                .post(
                    "/_emulator/companies",
                    "{\"id\": \"y\", \"apiToken\": \"ra_test_y\", \"typo\": 1}")
                .status())
        .isEqualTo(400);
  }

  @Test
  void addsAnEmploymentInAnyStatus() throws Exception {
    Api.Answer added =
        control.post(
            "/_emulator/companies/acme/employments",
            """
            {"id": "e-new", "status": "active", "full_name": "Pia Past",
             "personal_email": "pia@personal.example", "job_title": "Engineer",
             "provisional_start_date": "2019-05-06", "country_code": "PRT"}
            """);
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.body().path("status").asText()).isEqualTo("active");
    assertThat(acme.get("/v1/employments/e-new").status()).isEqualTo(200);
    assertThat(
            control
                .post(
                    "/_emulator/companies/acme/employments",
                    "{\"full_name\": \"Dup\", \"personal_email\": \"pia@personal.example\", \"job_title\": \"x\", \"provisional_start_date\": \"2019-05-06\", \"country_code\": \"PRT\"}")
                .body()
                .path("message")
                .asText())
        .contains("has already been taken");
  }

  @Test
  void stateShowsCompaniesAndTheirDataButNoSecrets() throws Exception {
    acme.post(
        "/v1/webhook-callbacks",
        "{\"url\": \"http://localhost:9/h\", \"subscribed_events\": [\"employment.updated\"]}");
    Api.Answer state = control.get("/_emulator/state");
    assertThat(state.status()).isEqualTo(200);
    assertThat(state.body().path("now").asText()).isEqualTo("2026-11-22T10:00:00Z");
    JsonNode acmeState = state.body().path("companies").get(0);
    assertThat(acmeState.path("id").asText()).isEqualTo("acme");
    assertThat(acmeState.path("employments").findValuesAsText("id"))
        .contains("e-active", "e-archived");
    assertThat(acmeState.path("managers").get(0).path("user_id").asText()).isEqualTo("u-1");
    assertThat(acmeState.path("departments").get(0).path("name").asText()).isEqualTo("R&D");
    assertThat(acmeState.path("webhook_callbacks").get(0).path("url").asText())
        .isEqualTo("http://localhost:9/h");
    assertThat(acmeState.path("requests").path("total").asInt()).isEqualTo(1);
    assertThat(state.raw()).doesNotContain("ra_test_acme").doesNotContain("signing_key");
  }
}
