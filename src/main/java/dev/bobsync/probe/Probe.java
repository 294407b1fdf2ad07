package dev.bobsync.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.contract.Contract;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.Json;
import dev.bobsync.http.JsonValues;
import dev.bobsync.remote.RemoteClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code bobsync probe}: one read-only call to every endpoint bobsync uses on both sides, each
 * answer checked against the project's contract files ({@code contracts/hibob.json}, {@code
 * contracts/remote.json}). Nothing is written to either vendor. Ids for the calls that need one (an
 * employee, a request, an employment) are taken from the answers before; they are never shown.
 */
public final class Probe {
  /** The fields the one-person search asks: those the sync reads most. */
  static final List<String> PERSON_FIELDS =
      List.of(
          "root.id",
          "root.email",
          "root.firstName",
          "root.surname",
          "work.title",
          "work.department",
          "work.startDate",
          "work.reportsTo",
          "home.privateEmail",
          "internal.status");

  /** How far back the feed is read for a request to look at: within HiBob's six months. */
  static final int FEED_DAYS = 180;

  private final Clock clock;
  private final Contract hibobContract;
  private final Contract remoteContract;
  private final ObjectMapper json = Json.newMapper();

  public Probe(Clock clock) {
    this(clock, Contract.load("contracts/hibob.json"), Contract.load("contracts/remote.json"));
  }

  Probe(Clock clock, Contract hibob, Contract remote) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.hibobContract = hibob;
    this.remoteContract = remote;
  }

  /** Probes HiBob and, when given, Remote. */
  public ProbeResult run(String integration, HibobClient hibob, RemoteClient remote) {
    List<ProbeRow> rows = new ArrayList<>();
    probeHibob(
        new ContractCalls(
            "HiBob", hibob.api(), hibobContract, hibobContract.basePath(), clock, rows));
    if (remote != null) {
      probeRemote(new ContractCalls("Remote", remote.api(), remoteContract, "", clock, rows));
    }
    return new ProbeResult(integration, rows);
  }

  private void probeHibob(ContractCalls calls) {
    ObjectNode ids = json.createObjectNode();
    ids.putArray("fields").add("root.id");
    ids.put("showInactive", false);
    Optional<JsonNode> everyone =
        read(calls.call(ApiRequest.postRead("people search", "/people/search", bytes(ids))));
    String employee =
        everyone
            .map(a -> a.path("employees").path(0))
            .map(
                e ->
                    e.has("id")
                        ? e.path("id").asText(null)
                        : e.path("/root/id").path("value").asText(e.path("/root/id").asText(null)))
            .orElse(null);
    if (employee != null) {
      ObjectNode one = json.createObjectNode();
      PERSON_FIELDS.forEach(one.putArray("fields")::add);
      one.put("humanReadable", "APPEND");
      ObjectNode filter = one.putArray("filters").addObject();
      filter.put("fieldPath", "root.id").put("operator", "equals");
      filter.putArray("values").add(employee);
      calls.call(ApiRequest.postRead("people search of one", "/people/search", bytes(one)));
    }
    Optional<JsonNode> fields =
        read(calls.call(ApiRequest.get("field metadata", "/company/people/fields")));
    String list = fields.map(Probe::aListName).orElse(null);
    calls.call(
        ApiRequest.get("named lists", "/company/named-lists").withQuery("includeArchived", true));
    if (list != null) {
      calls.call(
          ApiRequest.get("named list", "/company/named-lists/" + encode(list))
              .withQuery("includeArchived", true));
    } else {
      calls.skipped("GET", "/company/named-lists/{listName}", "not checked: no list field");
    }
    Optional<JsonNode> feed =
        read(
            calls.call(
                ApiRequest.get("time-off change feed", "/timeoff/requests/changes")
                    .withQuery(
                        "since", clock.instant().minus(Duration.ofDays(FEED_DAYS)).toString())
                    .withQuery("includePending", true)));
    JsonNode change = feed.map(f -> f.path("changes").path(0)).orElse(null);
    if (change != null && change.has("requestId") && change.has("employeeId")) {
      calls.call(
          ApiRequest.get(
              "time-off request",
              "/timeoff/employees/"
                  + encode(change.get("employeeId").asText())
                  + "/requests/"
                  + encode(change.get("requestId").asText())));
    } else {
      calls.skipped(
          "GET",
          "/timeoff/employees/{id}/requests/{requestId}",
          "not checked: no time-off change in the last " + FEED_DAYS + " days");
    }
    calls.call(ApiRequest.get("time-off policy types", "/timeoff/policy-types"));
    if (employee != null) {
      calls.call(ApiRequest.get("salary history", "/people/" + encode(employee) + "/salaries"));
    } else {
      calls.skipped("GET", "/people/{id}/salaries", "not checked: HiBob showed no employee");
    }
    calls.call(ApiRequest.get("bulk salaries", "/bulk/people/salaries?limit=1"));
  }

  private void probeRemote(ContractCalls calls) {
    Optional<JsonNode> identity =
        read(calls.call(ApiRequest.get("identity", "/v1/identity/current")));
    String company =
        identity
            .map(i -> i.path("data").path("company").path("id"))
            .filter(JsonNode::isValueNode)
            .map(JsonNode::asText)
            .orElse(null);
    Optional<JsonNode> page =
        read(
            calls.call(
                ApiRequest.get("employments", "/v1/employments")
                    .withQuery("page", 1)
                    .withQuery("page_size", 1)));
    String employment =
        page.map(p -> p.path("data").path("employments").path(0).path("id").asText(null))
            .orElse(null);
    if (employment != null) {
      calls.call(ApiRequest.get("employment", "/v1/employments/" + encode(employment)));
      calls.call(
          ApiRequest.get("time off", "/v1/timeoff")
              .withQuery("employment_id", employment)
              .withQuery("page", 1)
              .withQuery("page_size", 1));
    } else {
      calls.skipped("GET", "/v1/employments/{employment_id}", "not checked: no employment");
      calls.skipped("GET", "/v1/timeoff", "not checked: no employment");
    }
    calls.call(
        ApiRequest.get("managers", "/v1/company-managers")
            .withQuery("page", 1)
            .withQuery("page_size", 1));
    if (company != null) {
      calls.call(
          ApiRequest.get("departments", "/v1/company-departments")
              .withQuery("company_id", company));
    } else {
      calls.skipped("GET", "/v1/company-departments", "not checked: identity named no company");
    }
  }

  /** The list of a list field, the "Sync to Remote" one when there is one. */
  private static String aListName(JsonNode metadata) {
    JsonNode list = metadata.isArray() ? metadata : metadata.path("fields");
    String any = null;
    for (JsonNode f : list) {
      String id = JsonValues.text(f.path("typeData"), "listId");
      if (id != null && "Sync to Remote".equalsIgnoreCase(f.path("name").asText())) {
        return id;
      }
      any = any == null ? id : any;
    }
    return any;
  }

  private Optional<JsonNode> read(Optional<byte[]> body) {
    return body.flatMap(
        b -> {
          try {
            return Optional.ofNullable(json.readTree(b));
          } catch (IOException notJson) {
            return Optional.empty();
          }
        });
  }

  private byte[] bytes(JsonNode body) {
    return JsonValues.bytes(json, body);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
