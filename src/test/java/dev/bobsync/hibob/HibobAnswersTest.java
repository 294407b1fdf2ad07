package dev.bobsync.hibob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.RateLimiter;
import dev.bobsync.time.SettableClock;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HiBob client reads every shape HiBob is known to answer in, and fails one call, naming the
 * endpoint and the part, for a shape it does not know. Answers come from a tiny local server.
 */
class HibobAnswersTest {
  private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T10:00:00Z"));
  private final Map<String, String> bodies = new ConcurrentHashMap<>();
  private final List<String> searchBodies = new ArrayList<>();
  private Javalin server;
  private HibobClient client;
  private HibobTimeOff timeOff;

  @BeforeEach
  void start() {
    server =
        Javalin.create(
                config -> {
                  config.routes.post(
                      "/v1/people/search",
                      ctx -> {
                        searchBodies.add(ctx.body());
                        answer(ctx, "search");
                      });
                  config.routes.get("/v1/company/people/fields", ctx -> answer(ctx, "fields"));
                  config.routes.get("/v1/company/named-lists/{name}", ctx -> answer(ctx, "list"));
                  config.routes.get("/v1/company/named-lists", ctx -> answer(ctx, "lists"));
                  config.routes.get("/v1/timeoff/requests/changes", ctx -> answer(ctx, "feed"));
                  config.routes.get(
                      "/v1/timeoff/employees/{id}/requests/{rid}", ctx -> answer(ctx, "request"));
                })
            .start(0);
    client =
        HibobClient.connect(
            URI.create("http://localhost:" + server.port() + "/v1"),
            "acme",
            "SERVICE-1",
            "secret",
            new RateLimiter(1000, Duration.ofMinutes(1), clock, clock::advance),
            HttpClient.newHttpClient(),
            clock,
            clock::advance);
    timeOff = HibobTimeOff.of(client);
  }

  private void answer(io.javalin.http.Context ctx, String key) {
    String body = bodies.get(key);
    if (body == null) {
      ctx.status(404).json(Map.of("key", "exception.not.found", "error", "not found"));
    } else {
      ctx.contentType("application/json").result(body);
    }
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private List<JsonNode> search(String answer) {
    bodies.put("search", answer);
    List<JsonNode> people = new ArrayList<>();
    client.searchPeople(List.of("root.id", "root.email", "work.title"), true, people::add);
    return people;
  }

  @Test
  void R11_searchAnswersNestedSlashWrappedAndSlashBareAreReadAlike() {
    String nested =
        "{\"id\": \"1\", \"email\": \"ana@acme.example\", \"work\": {\"title\": \"Eng\"}}";
    String both =
        "{\"id\": \"1\", \"email\": \"ana@acme.example\", \"work\": {\"title\": \"Eng\"},"
            + " \"/root/id\": {\"value\": \"1\"}, \"/work/title\": {\"value\": \"Eng\"}}";
    String slashWrapped =
        "{\"/root/id\": {\"value\": \"1\"}, \"/root/email\": {\"value\": \"ana@acme.example\"},"
            + " \"/work/title\": {\"value\": \"Eng\"}}";
    String slashBare =
        "{\"/root/id\": \"1\", \"/root/email\": \"ana@acme.example\", \"/work/title\": \"Eng\"}";
    for (String shape : List.of(nested, both, slashWrapped, slashBare)) {
      JsonNode e = search("{\"employees\": [" + shape + "]}").get(0);
      assertThat(EmployeeJson.text(e, "root.id")).as(shape).isEqualTo("1");
      assertThat(EmployeeJson.text(e, "root.email")).as(shape).isEqualTo("ana@acme.example");
      assertThat(EmployeeJson.text(e, "work.title")).as(shape).isEqualTo("Eng");
    }
  }

  @Test
  void R11_aPersonWithoutAFieldIsThatPersonsAbsenceNotTheRunsFailure() {
    List<JsonNode> people =
        search("{\"employees\": [{\"id\": \"1\"}, {\"/root/id\": \"2\", \"/work/title\": \"X\"}]}");
    assertThat(people).hasSize(2);
    assertThat(EmployeeJson.present(people.get(0), "work.title")).isFalse();
    assertThat(EmployeeJson.text(people.get(1), "work.title")).isEqualTo("X");
  }

  @Test
  void R11_aSearchAnswerOfNoKnownShapeFailsTheCallNamingEndpointAndPart() {
    assertThatThrownBy(() -> search("{\"people\": []}"))
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("people search")
        .hasMessageContaining("POST /people/search")
        .hasMessageContaining("\"employees\"");
    assertThatThrownBy(() -> search("{\"employees\": [\"ana\"]}"))
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("employee 1 of \"employees\" is not a JSON object");
  }

  @Test
  void R11_aFullSearchSendsNoFiltersKeyAndAOnePersonSearchOneFilter() {
    search("{\"employees\": []}");
    client.searchPerson("7", List.of("root.id"), true, e -> {});
    assertThat(searchBodies.get(0)).doesNotContain("filters");
    assertThat(searchBodies.get(1))
        .contains("\"filters\":[{\"fieldPath\":\"root.id\",\"operator\":\"equals\"");
  }

  @Test
  void C3_fieldMetadataBareOrWrappedWithCategoryIdOrCategory() {
    String items =
        "[{\"id\": \"work.title\", \"name\": \"Title\", \"category\": \"work\", \"type\": \"text\"},"
            + " {\"id\": \"home.privateEmail\", \"name\": \"Private\", \"categoryId\":"
            + " \"personalContact\", \"category\": \"home\", \"type\": \"text\"},"
            + " {\"name\": \"no id\"}]";
    for (String answer : List.of(items, "{\"fields\": " + items + "}")) {
      bodies.put("fields", answer);
      List<FieldMeta> fields = client.fields();
      assertThat(fields)
          .extracting(FieldMeta::id)
          .containsExactly("work.title", "home.privateEmail");
      assertThat(fields)
          .extracting(FieldMeta::categoryId)
          .containsExactly("work", "personalContact");
    }
    bodies.put("fields", "{\"items\": []}");
    assertThatThrownBy(client::fields)
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("GET /company/people/fields")
        .hasMessageContaining("an object with keys [items]");
  }

  @Test
  void R1_namedListsAsOneListOrKeyedByListName() {
    String list =
        "{\"name\": \"syncToRemote\", \"items\": [{\"id\": 1, \"name\": \"As employee\","
            + " \"archived\": false, \"children\": []}]}";
    bodies.put("list", list);
    assertThat(client.namedList("syncToRemote").orElseThrow().item("as employee")).isPresent();
    bodies.put("list", "{\"syncToRemote\": " + list + "}");
    assertThat(client.namedList("syncToRemote").orElseThrow().items()).hasSize(1);
    bodies.put(
        "lists",
        "{\"syncToRemote\": " + list + ", \"sites\": {\"name\": \"sites\", \"items\": []}}");
    assertThat(client.namedLists()).containsOnlyKeys("syncToRemote", "sites");
    bodies.put("list", "{\"name\": \"syncToRemote\"}");
    assertThatThrownBy(() -> client.namedList("syncToRemote"))
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("GET /company/named-lists/syncToRemote");
  }

  @Test
  void R9_feedEntriesWithoutCreatedOnDatesOrAKnownTypeAreReadAsFarAsTheyGo() {
    bodies.put(
        "feed",
        """
        {"changes": [
          {"changeType": "Created", "requestId": 11, "employeeId": "1", "type": "days",
           "startDate": "2026-11-23", "startPortion": "afternoon", "endDate": "2026-11-24",
           "endPortion": "all_day"},
          {"changeType": "Created", "requestId": 12, "employeeId": "1", "type": "hours",
           "date": "2026-11-25", "hoursOnDate": 3, "createdOn": "2026-11-21T18:29:10.408597"},
          {"changeType": "Created", "requestId": 13, "employeeId": "2", "type": "percentageOnRange"},
          {"changeType": "Created", "employeeId": "3"},
          {"changeType": "Pending", "requestId": 14, "employeeId": "2", "type": "hoursOnRange",
           "startDate": "2026-11-23", "endDate": "2026-11-27", "dailyHours": 2.5,
           "originalRequestId": 9, "previousRequestId": 10}
        ]}
        """);
    TimeOffFeed feed = timeOff.feed(clock.instant().minusSeconds(3600), null, true);
    assertThat(feed.changes())
        .extracting(TimeOffChange::requestId)
        .containsExactly("11", "12", "13", "14");
    assertThat(feed.skipped()).singleElement().asString().contains("without a requestId");
    TimeOffChange days = feed.changes().get(0);
    assertThat(days.createdOn()).isNull();
    assertThat(days.startPortion()).isEqualTo("afternoon");
    TimeOffChange hours = feed.changes().get(1);
    assertThat(hours.startDate()).isEqualTo(LocalDate.parse("2026-11-25"));
    assertThat(hours.span().hoursOnDate()).isEqualTo(3.0);
    assertThat(hours.createdOn()).isEqualTo(Instant.parse("2026-11-21T18:29:10.408597Z"));
    assertThat(feed.changes().get(2).startDate()).isNull();
    TimeOffChange edited = feed.changes().get(3);
    assertThat(edited.created()).isTrue();
    assertThat(edited.span().dailyHours()).isEqualTo(2.5);
    assertThat(edited.previousRequestId()).isEqualTo("10");
    assertThat(edited.originalRequestId()).isEqualTo("9");

    bodies.put("feed", "[]");
    assertThatThrownBy(() -> timeOff.feed(clock.instant().minusSeconds(60), null, true))
        .isInstanceOf(ApiProtocolException.class)
        .hasMessageContaining("GET /timeoff/requests/changes")
        .hasMessageContaining("expected {\"changes\": [...]}, got an array");
  }

  @Test
  void R9_requestDetailsReadEveryTypeAndA404IsNone() {
    bodies.put(
        "request",
        """
        {"requestId": 21, "employeeId": "1", "status": "approved", "type": "differentDayDurations",
         "startDate": "2026-11-23", "endDate": "2026-11-24", "startDatePortion": "all_day",
         "durations": [{"date": "2026-11-23", "hours": 2, "minutes": 30},
                       {"date": "2026-11-24", "hours": 0, "minutes": 45}]}
        """);
    TimeOffDetails d = timeOff.request("1", "21").orElseThrow();
    assertThat(d.span().startPortion()).isEqualTo("all_day");
    assertThat(d.span().durations())
        .containsExactly(
            new TimeOffSpan.Day(LocalDate.parse("2026-11-23"), 2.5, null),
            new TimeOffSpan.Day(LocalDate.parse("2026-11-24"), 0.75, null));
    bodies.put(
        "request",
        "{\"requestId\": 22, \"status\": \"approved\", \"type\": \"portionOnRange\","
            + " \"startDate\": \"2026-11-23\", \"endDate\": \"2026-11-27\", \"dayPortion\": \"morning\"}");
    assertThat(timeOff.request("1", "22").orElseThrow().span().dayPortion()).isEqualTo("morning");
    bodies.remove("request");
    assertThat(timeOff.request("1", "23")).isEmpty();
  }
}
