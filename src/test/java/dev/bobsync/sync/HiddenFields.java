package dev.bobsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.emulator.remote.RemoteFixture;
import dev.bobsync.http.Json;
import dev.bobsync.store.Integration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The example HiBob fixture with one extra permission group per set of hidden sections, a Remote
 * company per run, and a recording proxy in front of Remote that keeps every write's body.
 */
final class HiddenFields implements AutoCloseable {
  static final Path FIXTURE = Path.of("docs/examples/hibob-fixture.json");

  /** The sections whose fields the Remote sync reads, as the example fixture's groups name them. */
  static final List<String> SECTIONS =
      List.of(
          "root",
          "personalContact",
          "work",
          "address",
          "emergency",
          "identification",
          "payroll",
          "lifecycle");

  static final String JO = "3437990292286865813";
  static final String MEI = "3437990292286865814";

  final ObjectMapper json = Json.newMapper();
  final JsonNode fixture;
  final SyncHarness h;
  final List<JsonNode> writes = new CopyOnWriteArrayList<>();
  private final HttpServer proxy;
  private final HttpClient http = HttpClient.newHttpClient();
  private int companies;

  /** {@code hiddenSets}: for each, a service user "SU-i" in a group that lacks those sections. */
  HiddenFields(Path dir, List<Set<String>> hiddenSets) {
    try {
      ObjectNode doc = (ObjectNode) json.readTree(Files.readString(FIXTURE));
      ObjectNode full = (ObjectNode) doc.get("permissionGroups").get(0);
      ArrayNode groups = (ArrayNode) doc.get("permissionGroups");
      ArrayNode users = (ArrayNode) doc.get("serviceUsers");
      for (int i = 0; i < hiddenSets.size(); i++) {
        ObjectNode group = full.deepCopy();
        group.put("name", "G-" + i);
        ((ObjectNode) group.get("people")).remove(hiddenSets.get(i));
        groups.add(group);
        users
            .addObject()
            .put("id", "SU-" + i)
            .put("token", "t-" + i)
            .put("permissionGroup", "G-" + i);
      }
      fixture = doc;
      h = new SyncHarness(dir, HibobCompany.fromFixtureJson(doc.toString(), "hidden sections"));
      proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      proxy.createContext("/", this::forward);
      proxy.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new Remote company; {@code matched}: Jo (EOR, USA) and Mei (Global Payroll, Japan) are
   * already active there, linked by external id, with different data in every field.
   */
  String remoteCompany(boolean matched) {
    int n = ++companies;
    ObjectNode c = json.createObjectNode();
    c.put("id", "c-hidden-" + n).put("name", "Hidden " + n).put("apiToken", "ra_test_hidden" + n);
    c.put("rateLimitPerMinute", 100_000);
    ArrayNode entities = c.putArray("legalEntities");
    entities.addObject().put("id", "le-us").put("country_code", "USA");
    entities.addObject().put("id", "le-jp").put("country_code", "JPN");
    c.putArray("managers")
        .addObject()
        .put("user_id", "u-ana")
        .put("user_email", "ana@acme.example")
        .put("role", "manager");
    ArrayNode departments = c.putArray("departments");
    departments.addObject().put("id", "d-rd").put("name", "R&D");
    departments.addObject().put("id", "d-sales").put("name", "Sales");
    departments.addObject().put("id", "d-old").put("name", "Old");
    ArrayNode employments = c.putArray("employments");
    if (matched) {
      ObjectNode jo = employments.addObject();
      jo.put("id", "r-jo").put("type", "employee").put("status", "active");
      old(jo, JO, "USA", "Joseph Old", "jo.old");
      jo.set(
          "administrative_details",
          json.createObjectNode().put("social_security_number", "987-65-4321"));
      ObjectNode mei = employments.addObject();
      mei.put("id", "r-mei").put("type", "global_payroll_employee").put("status", "active");
      old(mei, MEI, "JPN", "Mei Old", "mei.old");
      mei.put("engaged_by_legal_entity_id", "le-jp");
      mei.set(
          "contract_details",
          json.createObjectNode().put("annual_gross_salary", 100).put("currency", "JPY"));
    }
    ObjectNode root = json.createObjectNode();
    root.putArray("companies").add(c);
    h.remote.addCompany(RemoteFixture.parse(root.toString()).companies().get(0));
    return "ra_test_hidden" + n;
  }

  private void old(ObjectNode e, String hibobId, String country, String name, String email) {
    e.put("full_name", name)
        .put("personal_email", email + "@mail.example")
        .put("work_email", email + "@acme.example")
        .put("job_title", "Old title")
        .put("provisional_start_date", "2020-01-06")
        .put("country_code", country)
        .put("external_id", hibobId)
        .put("department_id", "d-old");
    e.set(
        "address_details",
        json.createObjectNode()
            .put("address", "1 Old Road")
            .put("city", "Oldtown")
            .put("postal_code", "00001")
            .put("country", country));
    e.set(
        "emergency_contact_details",
        json.createObjectNode()
            .put("name", "Old Contact")
            .put("relationship", "Friend")
            .put("phone_number", "+1 555 000 0000"));
  }

  /** Adds an integration as {@code user} against the Remote company of {@code token}. */
  Integration add(String name, String user, String hibobToken, String remoteToken) {
    return new IntegrationSetup(h.store, h.app.clients())
        .add(
            h.store.workspaces().defaultWorkspace().id(),
            new IntegrationSetup.Request(
                name,
                h.hibob.baseUrl(),
                user,
                hibobToken,
                "http://127.0.0.1:"
                    + proxy.getAddress().getPort()
                    + URI.create(h.remote.baseUrl()).getPath(),
                remoteToken,
                Duration.ofMinutes(60),
                Map.of("USA", "le-us", "JPN", "le-jp"),
                100_000),
            true)
        .integration();
  }

  /** The fixture employee's raw value of a HiBob field id, or {@code null}. */
  String value(String hibobId, String fieldId) {
    for (JsonNode e : fixture.get("employees")) {
      if (e.get("id").asText().equals(hibobId)) {
        JsonNode node = e;
        String[] path = fieldId.split("\\.");
        for (int i = path[0].equals("root") ? 1 : 0; i < path.length && node != null; i++) {
          node = node.get(path[i]);
        }
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
      }
    }
    return null;
  }

  /** The section of a HiBob field the sync reads, as the example fixture's groups name it. */
  static String sectionOf(String fieldId) {
    if (fieldId.equals("home.privateEmail")) {
      return "personalContact";
    }
    if (fieldId.startsWith("internal.")) {
      return "lifecycle";
    }
    return fieldId.substring(0, fieldId.indexOf('.'));
  }

  /** Every text and number in a JSON body. */
  static List<String> texts(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, Collection<String> out) {
    if (node.isContainerNode()) {
      node.forEach(child -> collect(child, out));
    } else if (!node.isNull()) {
      out.add(node.asText().trim().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private void forward(com.sun.net.httpserver.HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && body.length > 0) {
        writes.add(json.readTree(body));
      }
      HttpRequest.Builder out =
          HttpRequest.newBuilder(URI.create(h.remote.baseUrl()).resolve(ex.getRequestURI()))
              .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      ex.getRequestHeaders()
          .forEach(
              (k, v) -> {
                if (Set.of("authorization", "content-type", "accept", "idempotency-key")
                    .contains(k.toLowerCase(java.util.Locale.ROOT))) {
                  v.forEach(value -> out.header(k, value));
                }
              });
      HttpResponse<byte[]> answer = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
      answer
          .headers()
          .map()
          .forEach(
              (k, v) -> {
                if (!Set.of(":status", "content-length", "transfer-encoding", "connection", "date")
                    .contains(k.toLowerCase(java.util.Locale.ROOT))) {
                  v.forEach(value -> ex.getResponseHeaders().add(k, value));
                }
              });
      byte[] reply = answer.body();
      ex.sendResponseHeaders(answer.statusCode(), reply.length == 0 ? -1 : reply.length);
      if (reply.length > 0) {
        ex.getResponseBody().write(reply);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    proxy.stop(0);
    h.close();
  }
}
