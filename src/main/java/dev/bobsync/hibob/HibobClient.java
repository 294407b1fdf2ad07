package dev.bobsync.hibob;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.ApiSettings;
import dev.bobsync.http.Authorization;
import dev.bobsync.http.Json;
import dev.bobsync.http.JsonValues;
import dev.bobsync.http.RateLimiter;
import dev.bobsync.http.RetryAfter;
import dev.bobsync.http.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** HiBob's public API, as far as bobsync uses it, over the shared HTTP layer. */
public final class HibobClient {
  /** HiBob answers at most this many field ids per people search. */
  public static final int MAX_FIELDS = 400;

  private final ApiClient api;
  private final ObjectMapper json;

  /** HiBob's documented limit for people searches, per minute. */
  public static final int REQUESTS_PER_MINUTE = 50;

  /** A client for one integration's HiBob service user. */
  public static HibobClient connect(
      URI baseUrl,
      String integration,
      String serviceUserId,
      String token,
      RateLimiter limiter,
      HttpClient http,
      Clock clock,
      Sleeper sleeper) {
    ApiSettings settings =
        ApiSettings.of("HiBob", integration, baseUrl).withTimeout(Duration.ofSeconds(60));
    return new HibobClient(
        new ApiClient(
            settings,
            Authorization.basic(serviceUserId, token),
            http,
            limiter,
            RetryAfter.HIBOB,
            clock,
            sleeper,
            Json.newMapper()));
  }

  public HibobClient(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
    this.json = api.json();
  }

  public ApiClient api() {
    return api;
  }

  /**
   * Runs one people search and hands each employee's JSON to {@code each} as it is read, never
   * holding the whole company. Returns how many employees came back.
   */
  public int searchPeople(List<String> fields, boolean showInactive, Consumer<JsonNode> each) {
    return search(fields, showInactive, null, each);
  }

  /**
   * Runs a people search for one employee (HiBob filters only on {@code root.id} with {@code
   * equals}); a person who is gone, or hidden from the service user, comes back as none.
   */
  public int searchPerson(
      String hibobId, List<String> fields, boolean showInactive, Consumer<JsonNode> each) {
    return search(fields, showInactive, Objects.requireNonNull(hibobId, "hibobId"), each);
  }

  private int search(
      List<String> fields, boolean showInactive, String onlyId, Consumer<JsonNode> each) {
    if (fields.size() > MAX_FIELDS) {
      throw new IllegalArgumentException(
          "HiBob answers at most " + MAX_FIELDS + " fields per search, asked " + fields.size());
    }
    ObjectNode body = json.createObjectNode();
    ArrayNode list = body.putArray("fields");
    fields.forEach(list::add);
    body.put("showInactive", showInactive);
    body.put("humanReadable", "APPEND");
    if (onlyId != null) {
      ObjectNode filter = body.putArray("filters").addObject();
      filter.put("fieldPath", "root.id").put("operator", "equals");
      filter.putArray("values").add(onlyId);
    }
    ApiRequest request =
        ApiRequest.postRead("people search", "/people/search", JsonValues.bytes(json, body));
    return api.stream(
        request,
        in -> {
          try (JsonParser parser = json.getFactory().createParser(in)) {
            return readEmployees(request, parser, each);
          }
        });
  }

  private int readEmployees(ApiRequest request, JsonParser parser, Consumer<JsonNode> each)
      throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw Answers.misfit(
          api.settings(), request, "expected {\"employees\": [...]}, got no JSON object");
    }
    int count = 0;
    boolean sawEmployees = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("employees".equals(name) && value == JsonToken.START_ARRAY) {
        sawEmployees = true;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          if (t != JsonToken.START_OBJECT) {
            throw Answers.misfit(
                api.settings(),
                request,
                "employee " + (count + 1) + " of \"employees\" is not a JSON object");
          }
          each.accept(json.readTree(parser));
          count++;
        }
      } else {
        parser.skipChildren();
      }
    }
    if (!sawEmployees) {
      throw Answers.misfit(api.settings(), request, "the answer has no \"employees\" array");
    }
    return count;
  }

  /**
   * The company's field metadata: every standard and custom field, visible or not. HiBob answers a
   * bare array or {@code {"fields": [...]}}, with the section as {@code categoryId} and/or {@code
   * category}; an item without an id is left out.
   */
  public List<FieldMeta> fields() {
    ApiRequest request = ApiRequest.get("field metadata", "/company/people/fields");
    JsonNode answer = api.json(request);
    JsonNode list =
        answer != null && answer.isObject() && answer.path("fields").isArray()
            ? answer.get("fields")
            : answer;
    if (list == null || !list.isArray()) {
      throw Answers.misfit(
          api.settings(),
          request,
          "expected an array of fields or {\"fields\": [...]}, got " + Answers.kind(answer));
    }
    List<FieldMeta> fields = new ArrayList<>();
    for (JsonNode f : list) {
      String id = f.isObject() ? JsonValues.text(f, "id") : null;
      if (id == null || id.isBlank()) {
        continue;
      }
      String category = JsonValues.text(f, "categoryId");
      fields.add(
          new FieldMeta(
              id,
              Optional.ofNullable(JsonValues.text(f, "name")).orElse(id),
              category != null ? category : JsonValues.text(f, "category"),
              JsonValues.text(f, "categoryDisplayName"),
              Optional.ofNullable(JsonValues.text(f, "type")).orElse(""),
              f.path("historical").asBoolean(false),
              JsonValues.text(f.path("typeData"), "listId")));
    }
    return fields;
  }

  /** Creates a custom field in a section and returns its id. */
  public String createField(String name, String categoryId, String type, String description) {
    ObjectNode body = json.createObjectNode();
    body.put("name", name).put("category", categoryId).put("type", type);
    if (description != null) {
      body.put("description", description);
    }
    JsonNode answer =
        api.json(
            ApiRequest.postWrite(
                "create custom field", "/company/people/fields", JsonValues.bytes(json, body)));
    String id = answer == null ? null : answer.path("id").asText(null);
    if (id == null) {
      throw new ApiProtocolException(
          api.settings(), "create custom field", 200, "the answer carries no field id", null);
    }
    return id;
  }

  /**
   * A named list with its archived items, or empty when HiBob has no list of that name. The list is
   * read from {@code {name, items}}, or from an answer keyed by list name as HiBob's all-lists read
   * answers.
   */
  public Optional<NamedList> namedList(String listName) {
    ApiRequest request =
        ApiRequest.get("read named list", "/company/named-lists/" + encode(listName))
            .withQuery("includeArchived", true);
    JsonNode answer;
    try {
      answer = api.json(request);
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
    JsonNode list =
        answer != null && !answer.has("items") && answer.path(listName).isObject()
            ? answer.get(listName)
            : answer;
    if (list == null || !list.path("items").isArray()) {
      throw Answers.misfit(
          api.settings(),
          request,
          "expected {\"name\", \"items\": [...]}, got " + Answers.kind(answer));
    }
    return Optional.of(NamedLists.list(listName, list));
  }

  /**
   * Every named list ({@code GET /company/named-lists}), by name. HiBob answers an object keyed by
   * list name; an array of lists (as its 2024 description models it) is read too.
   */
  public Map<String, NamedList> namedLists() {
    ApiRequest request =
        ApiRequest.get("read named lists", "/company/named-lists")
            .withQuery("includeArchived", true);
    JsonNode answer = api.json(request);
    Map<String, NamedList> lists = new LinkedHashMap<>();
    if (answer != null && answer.isArray()) {
      for (JsonNode l : answer) {
        String name = JsonValues.text(l, "name");
        if (name != null) {
          lists.put(name, NamedLists.list(name, l));
        }
      }
      return lists;
    }
    if (answer == null || !answer.isObject()) {
      throw Answers.misfit(
          api.settings(),
          request,
          "expected an object keyed by list name, got " + Answers.kind(answer));
    }
    answer
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isObject()) {
                lists.put(e.getKey(), NamedLists.list(e.getKey(), e.getValue()));
              }
            });
    return lists;
  }

  /** Adds an item to a named list and returns its id. */
  public String addListItem(String listName, String itemName) {
    ObjectNode body = json.createObjectNode().put("name", itemName);
    JsonNode answer =
        api.json(
            ApiRequest.postWrite(
                "add list item",
                "/company/named-lists/" + encode(listName),
                JsonValues.bytes(json, body)));
    return answer == null ? null : answer.path("id").asText(null);
  }

  /**
   * Writes fields of one employee ({@code PUT /people/{identifier}}, which changes only the fields
   * given); {@code fields} is keyed by field id, e.g. {@code work.custom.field_1}. Returns false
   * when HiBob answers 304: nothing changed.
   */
  public boolean updateEmployee(String hibobId, Map<String, String> fields) {
    ObjectNode body = json.createObjectNode();
    fields.forEach(
        (id, value) -> {
          String[] path = id.split("\\.");
          ObjectNode at = body;
          for (int i = 0; i < path.length - 1; i++) {
            at = at.has(path[i]) ? (ObjectNode) at.get(path[i]) : at.putObject(path[i]);
          }
          at.put(path[path.length - 1], value);
        });
    ApiRequest request =
        ApiRequest.update(
            "update employee",
            "PUT",
            "/people/" + encode(Objects.requireNonNull(hibobId, "hibobId")),
            JsonValues.bytes(json, body));
    return api.send(request).status() != 304;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
