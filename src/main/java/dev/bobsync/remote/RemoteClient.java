package dev.bobsync.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Remote's public API, as far as bobsync uses it, over the shared HTTP layer. */
public final class RemoteClient {
  /** Remote's largest page. */
  public static final int PAGE_SIZE = 100;

  private final ApiClient api;
  private final ObjectMapper json;

  /** Remote's limit for customer API tokens, per minute and company. */
  public static final int REQUESTS_PER_MINUTE = 20;

  /** A client for one integration's Remote company token. */
  public static RemoteClient connect(
      URI baseUrl,
      String integration,
      String token,
      RateLimiter limiter,
      HttpClient http,
      Clock clock,
      Sleeper sleeper) {
    return new RemoteClient(
        new ApiClient(
            ApiSettings.of("Remote", integration, baseUrl),
            Authorization.bearer(token),
            http,
            limiter,
            RetryAfter.REMOTE,
            clock,
            sleeper,
            Json.newMapper()));
  }

  public RemoteClient(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
    this.json = api.json();
  }

  public ApiClient api() {
    return api;
  }

  /** One page of employments (deleted ones excluded), optionally of one status. */
  public EmploymentPage employments(int page, String status) {
    ApiRequest request =
        ApiRequest.get("list employments", "/v1/employments")
            .withQuery("page", page)
            .withQuery("page_size", PAGE_SIZE)
            .withQuery("status", status);
    JsonNode data = data(request, api.json(request));
    List<Employment> items = new ArrayList<>();
    data.path("employments").forEach(e -> items.add(listed(e)));
    return new EmploymentPage(
        items,
        data.path("current_page").asInt(page),
        Math.max(1, data.path("total_pages").asInt(1)),
        data.path("total_count").asInt(items.size()));
  }

  /** Employments whose login e-mail is {@code email}. */
  public List<Employment> employmentsByEmail(String email) {
    ApiRequest request =
        ApiRequest.get("find employment by e-mail", "/v1/employments").withQuery("email", email);
    JsonNode data = data(request, api.json(request));
    List<Employment> items = new ArrayList<>();
    data.path("employments").forEach(e -> items.add(listed(e)));
    return items;
  }

  public Employment employment(String id) {
    ApiRequest request = ApiRequest.get("read employment", "/v1/employments/" + id);
    return employment(data(request, api.json(request)).path("employment"));
  }

  /** Creates an employment; Remote has no idempotency keys, so callers look before retrying. */
  public Employment create(ObjectNode body) {
    ApiRequest request =
        ApiRequest.postWrite("create employment", "/v1/employments", JsonValues.bytes(json, body));
    return employment(data(request, api.json(request)).path("employment"));
  }

  public Employment update(String id, ObjectNode body) {
    ApiRequest request =
        ApiRequest.update(
            "update employment", "PATCH", "/v1/employments/" + id, JsonValues.bytes(json, body));
    return employment(data(request, api.json(request)).path("employment"));
  }

  /**
   * Registers a webhook callback at {@code url} for {@code events} ({@code POST
   * /v1/webhook-callbacks}); the answer carries the signing key, which Remote shows only here.
   */
  public WebhookCallback registerWebhook(String url, List<String> events) {
    ObjectNode body = json.createObjectNode().put("url", url);
    events.forEach(body.putArray("subscribed_events")::add);
    ApiRequest request =
        ApiRequest.postWrite(
            "register webhook callback", "/v1/webhook-callbacks", JsonValues.bytes(json, body));
    JsonNode callback = data(request, api.json(request)).path("webhook_callback");
    String id = JsonValues.text(callback, "id");
    String key = JsonValues.text(callback, "signing_key");
    if (id == null || key == null || key.isBlank()) {
      throw new ApiProtocolException(
          api.settings(),
          request.name(),
          201,
          "the answer has no webhook_callback id or signing_key",
          null);
    }
    List<String> subscribed = new ArrayList<>();
    callback.path("subscribed_events").forEach(e -> subscribed.add(e.asText()));
    return new WebhookCallback(id, JsonValues.text(callback, "url"), subscribed, key);
  }

  /**
   * Deletes a webhook callback ({@code DELETE /v1/webhook-callbacks/{id}}); true when Remote
   * deleted it, false when it knew no such callback (404).
   */
  public boolean deleteWebhook(String callbackId) {
    ApiRequest request =
        new ApiRequest(
            "delete webhook callback",
            "DELETE",
            "/v1/webhook-callbacks/" + encode(callbackId),
            java.util.Map.of(),
            null,
            true);
    try {
      api.send(request);
      return true;
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  /** The Remote company the token acts for ({@code GET /v1/identity/current}). */
  public String companyId() {
    ApiRequest request = ApiRequest.get("read identity", "/v1/identity/current");
    JsonNode company = data(request, api.json(request)).path("company");
    if (!company.path("id").isTextual() || company.get("id").asText().isBlank()) {
      throw new ApiProtocolException(
          api.settings(),
          request.name(),
          200,
          "the token belongs to no company (use a company API token)",
          null);
    }
    return company.get("id").asText();
  }

  /** Every legal entity of the company, page by page. */
  public List<LegalEntity> legalEntities(String companyId) {
    List<LegalEntity> entities = new ArrayList<>();
    allPages(
        "list legal entities",
        "/v1/companies/" + encode(companyId) + "/legal-entities",
        null,
        "legal_entities",
        e ->
            entities.add(
                new LegalEntity(
                    e.path("id").asText(),
                    JsonValues.text(e, "name"),
                    JsonValues.text(e, "country_code"),
                    e.path("global_payroll_enabled").asBoolean(false),
                    e.path("is_default").asBoolean(false))));
    return entities;
  }

  /** A country form's JSON Schema, or empty when Remote has none for that country (404). */
  public Optional<FormSchema> formSchema(String countryCode, String form) {
    ApiRequest request =
        ApiRequest.get(
            "read " + form + " form of " + countryCode,
            "/v1/countries/" + encode(countryCode) + "/" + encode(form));
    try {
      JsonNode schema = data(request, api.json(request));
      String version = null;
      for (String key : List.of("version", "x-jsf-version", "x-version")) {
        if (schema.path(key).isValueNode() && !schema.get(key).isNull()) {
          version = schema.get(key).asText();
          break;
        }
      }
      return Optional.of(new FormSchema(countryCode, form, version, schema.toString()));
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Every company manager, page by page. */
  public List<Manager> managers() {
    List<Manager> managers = new ArrayList<>();
    allPages(
        "list company managers",
        "/v1/company-managers",
        null,
        "company_managers",
        m ->
            managers.add(
                new Manager(
                    m.path("user_id").asText(),
                    m.path("user_email").asText(),
                    m.path("role").asText(null))));
    return managers;
  }

  /** Every department of the company, page by page. */
  public List<Department> departments(String companyId) {
    List<Department> departments = new ArrayList<>();
    allPages(
        "list departments",
        "/v1/company-departments",
        companyId,
        "company_departments",
        d -> departments.add(new Department(d.path("id").asText(), d.path("name").asText())));
    return departments;
  }

  /** Paging fields sit inside {@code data} or beside it, depending on the endpoint. */
  private void allPages(
      String name, String path, String companyId, String key, Consumer<JsonNode> each) {
    for (int page = 1; ; page++) {
      ApiRequest request =
          ApiRequest.get(name, path)
              .withQuery("company_id", companyId)
              .withQuery("page", page)
              .withQuery("page_size", PAGE_SIZE);
      JsonNode answer = api.json(request);
      JsonNode data = data(request, answer);
      JsonNode items = data.path(key);
      items.forEach(each);
      int pages = data.path("total_pages").asInt(answer.path("total_pages").asInt(1));
      if (page >= pages || items.isEmpty()) {
        return;
      }
    }
  }

  /** Creates a department; Remote answers it under {@code company_department}. */
  public Department createDepartment(String companyId, String name) {
    ObjectNode body = json.createObjectNode().put("company_id", companyId).put("name", name);
    ApiRequest request =
        ApiRequest.postWrite(
            "create department", "/v1/company-departments", JsonValues.bytes(json, body));
    JsonNode answer = api.json(request);
    JsonNode root = answer != null && answer.path("data").isObject() ? answer.get("data") : answer;
    JsonNode d = root == null ? null : root.path("company_department");
    if (d == null || !d.path("id").isTextual()) {
      throw new ApiProtocolException(
          api.settings(), request.name(), 201, "the answer has no \"company_department\"", null);
    }
    return new Department(d.path("id").asText(), d.path("name").asText(name));
  }

  /** Reads a list item ({@code MinimalEmployment}): no start date, manager or forms. */
  public static Employment listed(JsonNode e) {
    return read(e, false);
  }

  /** Reads Remote's full employment shape (show, create, update). */
  public static Employment employment(JsonNode e) {
    return read(e, true);
  }

  private static Employment read(JsonNode e, boolean full) {
    return new Employment(
        e.path("id").asText(),
        JsonValues.text(e, "type"),
        JsonValues.text(e, "status"),
        JsonValues.text(e, "full_name"),
        JsonValues.text(e, "personal_email"),
        JsonValues.text(e, "login_email"),
        JsonValues.text(e, "work_email"),
        JsonValues.text(e, "job_title"),
        JsonValues.date(JsonValues.text(e, "provisional_start_date")),
        JsonValues.text(e, "external_id"),
        countryCode(e),
        department(e),
        full ? JsonValues.text(e, "manager_email") : null,
        full);
  }

  private static String countryCode(JsonNode e) {
    if (e.path("country_code").isTextual()) {
      return e.get("country_code").asText();
    }
    JsonNode country = e.path("country");
    for (String key : List.of("alpha_3_code", "code", "country_code")) {
      if (country.path(key).isTextual()) {
        return country.get(key).asText();
      }
    }
    return country.isTextual() ? country.asText() : null;
  }

  private static String department(JsonNode e) {
    JsonNode d = e.path("department");
    if (d.isTextual()) {
      return d.asText();
    }
    return d.path("name").isTextual() ? d.get("name").asText() : null;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode data(ApiRequest request, JsonNode answer) {
    return data(api, request, answer);
  }

  /** The {@code data} of one of Remote's answers, or a clear error naming the call. */
  static JsonNode data(ApiClient api, ApiRequest request, JsonNode answer) {
    if (answer == null || !answer.path("data").isObject() && !answer.path("data").isArray()) {
      throw new ApiProtocolException(
          api.settings(), request.name(), 200, "the answer has no \"data\" object", null);
    }
    return answer.get("data");
  }
}
