package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthTest extends EmulatorTestBase {

  @Test
  void missingTokenIs401() throws Exception {
    Api.Answer answer = control.get("/v1/employments");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("message").asText()).contains("bearer token");
  }

  @Test
  void wrongTokenIs401() throws Exception {
    Api.Answer answer = api("ra_test_nobody").get("/v1/employments");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("message").asText()).isEqualTo("Invalid API token");
  }

  @Test
  void liveTokenIsRefusedBecauseTheEmulatorIsASandbox() throws Exception {
    Api.Answer answer = api("ra_live_acme").get("/v1/employments");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().path("message").asText()).contains("ra_live_").contains("sandbox");
  }

  @Test
  void aCompanyListsOnlyItsOwnEmployments() throws Exception {
    Api.Answer answer = globex.get("/v1/employments");
    assertThat(answer.data().path("employments").findValuesAsText("id"))
        .containsExactly("e-globex");
  }

  @Test
  void anotherCompanysEmploymentIsNotFoundForReadOrWrite() throws Exception {
    assertThat(globex.get("/v1/employments/e-active").status()).isEqualTo(404);
    assertThat(globex.patch("/v1/employments/e-active", "{\"external_id\": \"1\"}").status())
        .isEqualTo(404);
    assertThat(emulator.company("acme").employment("e-active").orElseThrow().externalId())
        .isEqualTo("3437990292286865812");
  }

  @Test
  void anotherCompanysEmploymentCannotGetTimeOff() throws Exception {
    Api.Answer answer =
        globex.post(
            "/v1/timeoff",
            """
            {"employment_id": "e-active", "timeoff_type": "paid_time_off", "status": "approved",
             "start_date": "2026-12-01", "end_date": "2026-12-01", "timezone": "Europe/Lisbon",
             "timeoff_days": [{"day": "2026-12-01", "hours": 8}]}
            """);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.errors().path("employment_id").get(0).asText())
        .contains("not an employment of this company");
  }

  @Test
  void anotherCompanysDepartmentsAreNotFound() throws Exception {
    assertThat(globex.get("/v1/company-departments?company_id=acme").status()).isEqualTo(404);
    assertThat(
            globex
                .post("/v1/company-departments", "{\"company_id\": \"acme\", \"name\": \"Ops\"}")
                .status())
        .isEqualTo(404);
    assertThat(emulator.company("acme").departments())
        .extracting(Department::name)
        .containsExactly("R&D");
  }

  @Test
  void anotherCompanysTimeOffIsNotFound() throws Exception {
    String id =
        acme.post(
                "/v1/timeoff",
                """
                {"employment_id": "e-active", "timeoff_type": "paid_time_off",
                 "status": "approved", "approved_at": "2026-11-20T09:00:00Z", "approver_id": null,
                 "start_date": "2026-12-01", "end_date": "2026-12-01",
                 "timezone": "Europe/Lisbon", "timeoff_days": [{"day": "2026-12-01", "hours": 8}]}
                """)
            .data()
            .path("timeoff")
            .path("id")
            .asText();
    assertThat(globex.get("/v1/timeoff/" + id).status()).isEqualTo(404);
    assertThat(globex.post("/v1/timeoff/" + id + "/cancel", "{\"cancel_reason\": \"x\"}").status())
        .isEqualTo(404);
    assertThat(globex.get("/v1/timeoff").data().path("total_count").asInt()).isZero();
  }
}
