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
import java.util.List;
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
            return readEmployees(parser, each);
          }
        });
  }

  private int readEmployees(JsonParser parser, Consumer<JsonNode> each) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new IOException("people search answer is not a JSON object");
    }
    int count = 0;
    boolean sawEmployees = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("employees".equals(name) && value == JsonToken.START_ARRAY) {
        sawEmployees = true;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          each.accept(json.readTree(parser));
          count++;
        }
      } else {
        parser.skipChildren();
      }
    }
    if (!sawEmployees) {
      throw new IOException("people search answer has no \"employees\" array");
    }
    return count;
  }

  /** The company's field metadata: every standard and custom field, visible or not. */
  public List<FieldMeta> fields() {
    JsonNode answer = api.json(ApiRequest.get("field metadata", "/company/people/fields"));
    if (answer == null || !answer.isArray()) {
      throw new ApiProtocolException(
          api.settings(), "field metadata", 200, "expected a JSON array of fields", null);
    }
    List<FieldMeta> fields = new ArrayList<>();
    for (JsonNode f : answer) {
      String listId = f.path("typeData").path("listId").asText(null);
      fields.add(
          new FieldMeta(
              f.path("id").asText(),
              f.path("name").asText(),
              f.path("categoryId").asText(f.path("category").asText()),
              f.path("categoryDisplayName").asText(null),
              f.path("type").asText(),
              f.path("historical").asBoolean(false),
              listId));
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

  /** A named list with its archived items, or empty when HiBob has no list of that name. */
  public Optional<NamedList> namedList(String listName) {
    ApiRequest request =
        ApiRequest.get("read named list", "/company/named-lists/" + encode(listName))
            .withQuery("includeArchived", true);
    try {
      JsonNode answer = api.json(request);
      List<NamedList.Item> items = new ArrayList<>();
      for (JsonNode item : answer.path("items")) {
        items.add(
            new NamedList.Item(
                item.path("id").asText(),
                item.path("name").asText(),
                item.path("archived").asBoolean(false)));
      }
      return Optional.of(new NamedList(answer.path("name").asText(listName), items));
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
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

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
