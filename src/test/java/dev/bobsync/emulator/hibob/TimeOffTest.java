package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeOffTest {
  private static final String SINCE = "2026-10-01T00:00:00Z";

  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void changesFeedRejectsSinceOlderThanSixMonths() {
    Api.Response r = api.get("/timeoff/requests/changes?since=2026-05-21T10:00:00Z");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.timeoff.since");
    assertThat(api.get("/timeoff/requests/changes?since=2026-05-22T10:00:00Z").status())
        .isEqualTo(200);
    assertThat(api.get("/timeoff/requests/changes").status()).isEqualTo(400);
  }

  @Test
  void changesFeedItemsCarryTheRequestAndShowPendingOnlyWhenAsked() {
    JsonNode changes = feed(false);
    assertThat(summary(changes)).containsExactly("Created 101", "Canceled 104");
    JsonNode created = changes.get(0);
    assertThat(created.get("employeeEmail").asText()).isEqualTo("ana@acme.example");
    assertThat(created.get("policyTypeDisplayName").asText()).isEqualTo("Holiday");
    assertThat(created.get("type").asText()).isEqualTo("days");
    assertThat(created.get("startPortion").asText()).isEqualTo("all_day");
    assertThat(created.get("durationUnit").asText()).isEqualTo("days");
    assertThat(created.get("totalDuration").asDouble()).isEqualTo(4);
    assertThat(created.get("createdOn").asText()).isEqualTo("2026-11-02T09:00:00Z");
    assertThat(summary(feed(true)))
        .containsExactly(
            "Created 101", "Created 103", "Created 104", "Canceled 104", "Created 102");
  }

  @Test
  void approvalHasNoChangeTypeOfItsOwnButShowsAsCreatedToReadersWithoutPending() {
    api.clock.advance(Duration.ofHours(1));
    assertThat(api.control("PATCH", "/timeoff/requests/102", "{\"status\": \"approved\"}").status())
        .isEqualTo(200);
    assertThat(summary(feed(false))).containsExactly("Created 101", "Canceled 104", "Created 102");
    assertThat(summary(feed(true))).doesNotHaveDuplicates();
    assertThat(details(Api.MEI, 102).json().get("status").asText()).isEqualTo("approved");
  }

  @Test
  void requestDetailsCarryStatusAndPortions() {
    JsonNode r = details(Api.MEI, 102).json();
    assertThat(r.get("status").asText()).isEqualTo("pending");
    assertThat(r.get("startDatePortion").asText()).isEqualTo("morning");
    assertThat(r.get("totalDuration").asDouble()).isEqualTo(0.5);
    JsonNode hours = details(Api.ANA, 103).json();
    assertThat(hours.get("type").asText()).isEqualTo("hours");
    assertThat(hours.get("totalDuration").asDouble()).isEqualTo(4);
    assertThat(details(Api.ANA, 102).status()).isEqualTo(404);
  }

  @Test
  void deletedRequestLeavesADeletedChangeAndAnswers404() {
    api.emulator.company().deleteTimeOffRequest(101);
    assertThat(summary(feed(false))).containsExactly("Created 101", "Canceled 104", "Deleted 101");
    Api.Response r = details(Api.ANA, 101);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.timeoff.request.not.found");
  }

  @Test
  void changedRequestGetsANewIdPointingToThePreviousOne() {
    long newId =
        api.emulator
            .company()
            .changeTimeOffDates(
                101, LocalDate.of(2026, 12, 28), "all_day", LocalDate.of(2026, 12, 30), "all_day");
    assertThat(newId).isNotEqualTo(101);
    JsonNode changes = feed(false);
    assertThat(summary(changes))
        .containsExactly("Created 101", "Canceled 104", "Canceled 101", "Created " + newId);
    assertThat(changes.get(3).get("previousRequestId").asLong()).isEqualTo(101);
    JsonNode moved = details(Api.ANA, newId).json();
    assertThat(moved.get("previousRequestId").asLong()).isEqualTo(101);
    assertThat(moved.get("status").asText()).isEqualTo("approved");
    assertThat(details(Api.ANA, 101).json().get("status").asText()).isEqualTo("canceled");
  }

  @Test
  void listsPolicyTypes() {
    assertThat(api.get("/timeoff/policy-types").json().get("policyTypes").toString())
        .isEqualTo("[\"Holiday\",\"Sick\"]");
  }

  private JsonNode feed(boolean includePending) {
    Api.Response r =
        api.get("/timeoff/requests/changes?since=" + SINCE + "&includePending=" + includePending);
    assertThat(r.status()).isEqualTo(200);
    return r.json().get("changes");
  }

  private Api.Response details(String employeeId, long requestId) {
    return api.get("/timeoff/employees/" + employeeId + "/requests/" + requestId);
  }

  private static List<String> summary(JsonNode changes) {
    List<String> out = new ArrayList<>();
    changes.forEach(c -> out.add(c.get("changeType").asText() + " " + c.get("requestId").asLong()));
    return out;
  }
}
