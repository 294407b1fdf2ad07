package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.Faults;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TimeoffTest extends EmulatorTestBase {

  @Test
  void createsApprovedTimeOffForAnActiveEmployee() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/timeoff",
            body(
                "e-active",
                "approved",
                "2026-12-01",
                "2026-12-02",
                days("2026-12-01", 8, "2026-12-02", 4)));
    assertThat(answer.status()).isEqualTo(201);
    JsonNode t = answer.data().path("timeoff");
    assertThat(t.path("id").asText()).isNotBlank();
    assertThat(t.path("employment_id").asText()).isEqualTo("e-active");
    assertThat(t.path("status").asText()).isEqualTo("approved");
    assertThat(t.path("timeoff_type").asText()).isEqualTo("paid_time_off");
    assertThat(t.path("start_date").asText()).isEqualTo("2026-12-01");
    assertThat(t.path("end_date").asText()).isEqualTo("2026-12-02");
    assertThat(t.path("timezone").asText()).isEqualTo("Europe/Lisbon");
    assertThat(t.path("timeoff_days").findValuesAsText("day"))
        .containsExactly("2026-12-01", "2026-12-02");
    assertThat(t.path("timeoff_days").get(1).path("hours").asInt()).isEqualTo(4);
    assertThat(t.path("notes").asText()).isEqualTo("hibob:req-1");
    assertThat(t.path("approved_at").asText()).isEqualTo("2026-11-20T09:00:00");
    assertThat(t.get("approver_id").isNull()).isTrue();
    assertThat(t.path("total_minutes").asInt()).isEqualTo(12 * 60);
    assertThat(t.path("leave_policy").path("leave_type").asText()).isEqualTo("paid_time_off");
    assertThat(emulator.company("acme").timeoffs()).hasSize(1);
  }

  @Test
  void approverIdMustBePresentAndIsNullOrACompanyManager() throws Exception {
    String json = body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 4));
    Api.Answer missing = acme.post("/v1/timeoff", json.replace("\"approver_id\": null,", ""));
    assertThat(missing.status()).isEqualTo(422);
    assertThat(missing.errors().path("approver_id").get(0).asText()).contains("required");
    assertThat(
            acme.post(
                    "/v1/timeoff",
                    json.replace("\"approver_id\": null", "\"approver_id\": \"u-404\""))
                .errors()
                .has("approver_id"))
        .isTrue();
    Api.Answer manager =
        acme.post("/v1/timeoff", json.replace("\"approver_id\": null", "\"approver_id\": \"u-1\""));
    assertThat(manager.status()).isEqualTo(201);
    assertThat(manager.data().path("timeoff").path("approver_id").asText()).isEqualTo("u-1");
  }

  @Test
  void typeIsOptionalButApprovedAtIsNot() throws Exception {
    String json = body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 4));
    Api.Answer untyped =
        acme.post("/v1/timeoff", json.replace("\"timeoff_type\": \"paid_time_off\",", ""));
    assertThat(untyped.status()).isEqualTo(201);
    assertThat(untyped.data().path("timeoff").path("timeoff_type").asText())
        .isEqualTo("paid_time_off");
    assertThat(
            acme.post("/v1/timeoff", json.replace("\"approved_at\": \"2026-11-20T09:00:00Z\",", ""))
                .errors()
                .has("approved_at"))
        .isTrue();
  }

  @Test
  void onlyApprovedTimeOffIsAccepted() throws Exception {
    for (String status : new String[] {"requested", "declined", "cancelled"}) {
      Api.Answer answer =
          acme.post(
              "/v1/timeoff",
              body("e-active", status, "2026-12-01", "2026-12-01", days("2026-12-01", 8)));
      assertThat(answer.errors().path("status").get(0).asText()).as(status).contains("approved");
    }
  }

  @Test
  void employmentMustBeActive() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/timeoff",
            body("e-invited", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)));
    assertThat(answer.errors().path("employment_id").get(0).asText()).contains("status invited");
  }

  @Test
  void contractorsNeverGetTimeOff() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/timeoff",
            body("e-contractor", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)));
    assertThat(answer.errors().path("employment_id").get(0).asText()).contains("contractor");
  }

  @Test
  void globalPayrollEmployeesGetTimeOff() throws Exception {
    assertThat(
            acme.post(
                    "/v1/timeoff",
                    body("e-gp", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)))
                .status())
        .isEqualTo(201);
  }

  @Test
  void hoursAreWholeAndFromOneToEightPerDay() throws Exception {
    for (String hours : new String[] {"0", "9", "7.5", "\"8\""}) {
      String daysJson = "[{\"day\": \"2026-12-01\", \"hours\": " + hours + "}]";
      Api.Answer answer =
          acme.post(
              "/v1/timeoff", body("e-active", "approved", "2026-12-01", "2026-12-01", daysJson));
      assertThat(answer.status()).as(hours).isEqualTo(422);
      assertThat(answer.errors().has("timeoff_days")).as(hours).isTrue();
    }
  }

  @Test
  void everyDayLiesInsideStartToEnd() throws Exception {
    Api.Answer answer =
        acme.post(
            "/v1/timeoff",
            body("e-active", "approved", "2026-12-01", "2026-12-02", days("2026-12-03", 8)));
    assertThat(answer.errors().path("timeoff_days").get(0).asText()).contains("outside");
    Api.Answer reversed =
        acme.post(
            "/v1/timeoff",
            body("e-active", "approved", "2026-12-02", "2026-12-01", days("2026-12-01", 8)));
    assertThat(reversed.errors().has("end_date")).isTrue();
  }

  @Test
  void timeOffTypeIsOneOfRemotes() throws Exception {
    String json =
        body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8))
            .replace("paid_time_off", "holiday");
    assertThat(acme.post("/v1/timeoff", json).errors().path("timeoff_type").get(0).asText())
        .contains("sick_leave");
  }

  @Test
  void aDayNeverGetsMoreThanEightHoursSoADuplicateIsRefused() throws Exception {
    String json = body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 4));
    assertThat(acme.post("/v1/timeoff", json).status()).isEqualTo(201);
    assertThat(acme.post("/v1/timeoff", json).status()).as("a second half day fits").isEqualTo(201);
    Api.Answer third = acme.post("/v1/timeoff", json);
    assertThat(third.errors().path("timeoff_days").get(0).asText()).contains("more than 8");
  }

  @Test
  void cancellingKeepsTheTimeOffAsCancelledAndFreesItsDays() throws Exception {
    String json = body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8));
    String id = acme.post("/v1/timeoff", json).data().path("timeoff").path("id").asText();

    Api.Answer cancelled =
        acme.post("/v1/timeoff/" + id + "/cancel", "{\"cancel_reason\": \"plans changed\"}");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.data().path("timeoff").path("status").asText()).isEqualTo("cancelled");
    assertThat(cancelled.data().path("timeoff").path("cancel_reason").asText())
        .isEqualTo("plans changed");
    assertThat(acme.post("/v1/timeoff", json).status()).isEqualTo(201);
  }

  @Test
  void cancellingTwiceIs409AndAnUnknownTimeOffIs404() throws Exception {
    String id =
        acme.post(
                "/v1/timeoff",
                body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)))
            .data()
            .path("timeoff")
            .path("id")
            .asText();
    assertThat(acme.post("/v1/timeoff/" + id + "/cancel", "{}").errors().has("cancel_reason"))
        .isTrue();
    acme.post("/v1/timeoff/" + id + "/cancel", "{\"cancel_reason\": \"x\"}");
    Api.Answer again = acme.post("/v1/timeoff/" + id + "/cancel", "{\"cancel_reason\": \"x\"}");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("message").asText()).contains("already cancelled");
    assertThat(acme.post("/v1/timeoff/t-404/cancel", "{\"cancel_reason\": \"x\"}").status())
        .isEqualTo(404);
  }

  @Test
  void listsWithFiltersAndPaging() throws Exception {
    acme.post(
        "/v1/timeoff",
        body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)));
    acme.post(
        "/v1/timeoff",
        body("e-active", "approved", "2026-12-02", "2026-12-02", days("2026-12-02", 8))
            .replace("paid_time_off", "sick_leave"));
    String gpId =
        acme.post(
                "/v1/timeoff",
                body("e-gp", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8)))
            .data()
            .path("timeoff")
            .path("id")
            .asText();
    acme.post("/v1/timeoff/" + gpId + "/cancel", "{\"cancel_reason\": \"x\"}");

    assertThat(acme.get("/v1/timeoff?employment_id=e-active").data().path("total_count").asInt())
        .isEqualTo(2);
    assertThat(
            acme.get("/v1/timeoff?timeoff_type=sick_leave")
                .data()
                .path("timeoffs")
                .findValuesAsText("start_date"))
        .containsExactly("2026-12-02");
    assertThat(
            acme.get("/v1/timeoff?status=cancelled").data().path("timeoffs").findValuesAsText("id"))
        .containsExactly(gpId);
    JsonNode page2 = acme.get("/v1/timeoff?page_size=2&page=2").data();
    assertThat(page2.path("timeoffs").size()).isEqualTo(1);
    assertThat(page2.path("total_pages").asInt()).isEqualTo(2);
    assertThat(acme.get("/v1/timeoff/" + gpId).data().path("timeoff").path("status").asText())
        .isEqualTo("cancelled");
  }

  @Test
  void timeOffCreatedBeforeALostAnswerIsFoundAgainByEmploymentDatesAndNotes() throws Exception {
    emulator.faults().set(new Faults.Settings(0, 0, 0, 0, 0, 1));
    String json = body("e-active", "approved", "2026-12-01", "2026-12-01", days("2026-12-01", 8));
    assertThatThrownBy(() -> acme.post("/v1/timeoff", json)).isInstanceOf(IOException.class);

    JsonNode found =
        acme.get("/v1/timeoff?employment_id=e-active&status=approved").data().path("timeoffs");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("start_date").asText()).isEqualTo("2026-12-01");
    assertThat(found.get(0).path("end_date").asText()).isEqualTo("2026-12-01");
    assertThat(found.get(0).path("notes").asText()).isEqualTo("hibob:req-1");
  }

  private static String body(
      String employmentId, String status, String start, String end, String days) {
    return """
        {"employment_id": "%s", "timeoff_type": "paid_time_off", "status": "%s",
         "approved_at": "2026-11-20T09:00:00Z", "approver_id": null,
         "start_date": "%s", "end_date": "%s",
         "timezone": "Europe/Lisbon", "timeoff_days": %s, "notes": "hibob:req-1"}
        """
        .formatted(employmentId, status, start, end, days);
  }

  private static String days(Object... dayHours) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < dayHours.length; i += 2) {
      json.append(i == 0 ? "" : ", ")
          .append("{\"day\": \"")
          .append(dayHours[i])
          .append("\", \"hours\": ")
          .append(dayHours[i + 1])
          .append("}");
    }
    return json.append("]").toString();
  }
}
