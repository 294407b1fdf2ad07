package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.BobsyncException;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the fixture format of {@code docs/emulator-hibob.md} into a company. */
final class FixtureReader {
  private record CompanyJson(Long id, String name) {}

  private record CustomFieldJson(
      String id, String name, String category, String type, String listName, boolean historical) {}

  private record ItemJson(String id, String name, boolean archived, String parentId) {}

  private record TimeOffJson(
      long requestId,
      String employeeId,
      String employeeEmail,
      String policyType,
      String status,
      LocalDate startDate,
      String startDatePortion,
      LocalDate endDate,
      String endDatePortion,
      Double hours,
      Instant createdOn,
      Long previousRequestId,
      String type,
      String dayPortion,
      Double dailyHours,
      List<TimeOffDraft.DayDuration> durations,
      Long originalRequestId) {}

  private final ObjectMapper mapper = Json.newMapper();

  private FixtureReader() {}

  static HibobCompany read(Path file) {
    try {
      return read(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new BobsyncException("cannot read fixture " + file + ": " + e.getMessage(), e);
    }
  }

  static HibobCompany read(String json, String source) {
    try {
      FixtureReader reader = new FixtureReader();
      return reader.read(reader.mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new BobsyncException("fixture " + source + ": " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      throw new BobsyncException("fixture " + source + ": " + e.getMessage(), e);
    }
  }

  private HibobCompany read(JsonNode root) throws JsonProcessingException {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a fixture is a JSON object");
    }
    CompanyBuilder b = new CompanyBuilder();
    if (root.has("company")) {
      CompanyJson c = mapper.treeToValue(root.get("company"), CompanyJson.class);
      b.company(c.id() == null ? 1 : c.id(), c.name() == null ? "Emulated company" : c.name());
    }
    for (Map.Entry<String, JsonNode> e : entries(root.get("sectionNames"))) {
      b.sectionName(e.getKey(), e.getValue().asText());
    }
    for (JsonNode u : array(root, "serviceUsers")) {
      b.serviceUser(mapper.treeToValue(u, ServiceUser.class));
    }
    for (JsonNode g : array(root, "permissionGroups")) {
      b.permissionGroup(mapper.treeToValue(g, PermissionGroup.class));
    }
    for (Map.Entry<String, JsonNode> list : entries(root.get("namedLists"))) {
      JsonNode items = list.getValue().isObject() ? list.getValue().get("items") : list.getValue();
      readItems(b, list.getKey(), items, null);
    }
    for (JsonNode f : array(root, "customFields")) {
      CustomFieldJson c = mapper.treeToValue(f, CustomFieldJson.class);
      b.customField(c.id(), c.name(), c.category(), c.type(), c.listName(), c.historical());
    }
    for (JsonNode p : array(root, "policyTypes")) {
      b.policyType(p.asText());
    }
    for (JsonNode e : array(root, "employees")) {
      String id = b.employee(e);
      readTables(b, id, e.get("tables"));
    }
    for (JsonNode t : array(root, "timeOffRequests")) {
      readTimeOff(b, mapper.treeToValue(t, TimeOffJson.class));
    }
    HibobCompany company = b.build();
    return root.has("answerShapes")
        ? company.withShapes(AnswerShapes.DEFAULT.with(root.get("answerShapes")))
        : company;
  }

  private void readItems(CompanyBuilder b, String list, JsonNode items, String parentId)
      throws JsonProcessingException {
    if (items == null) {
      return;
    }
    for (JsonNode i : items) {
      ItemJson item = mapper.treeToValue(i, ItemJson.class);
      String parent = item.parentId() != null ? item.parentId() : parentId;
      b.listItem(list, item.id(), item.name(), item.archived(), parent);
      readItems(b, list, i.get("children"), item.id());
    }
  }

  private static void readTables(CompanyBuilder b, String employeeId, JsonNode tables) {
    if (tables == null) {
      return;
    }
    for (JsonNode row : tables.path("work")) {
      b.workRow(
          employeeId,
          new WorkEntry(
              0,
              LocalDate.parse(row.path("effectiveDate").asText()),
              listValue(b, "title", row.get("title")),
              listValue(b, "department", row.get("department")),
              listValue(b, "site", row.get("site")),
              row.path("reportsTo").isObject()
                  ? row.path("reportsTo").path("id").asText(null)
                  : row.path("reportsTo").asText(null),
              LocalDate.parse(row.path("effectiveDate").asText())));
    }
    for (JsonNode row : tables.path("salaries")) {
      JsonNode base = row.path("base");
      b.salaryRow(
          employeeId,
          new SalaryEntry(
              0,
              LocalDate.parse(row.path("effectiveDate").asText()),
              Values.number(base.path("value").decimalValue()),
              base.path("currency").asText(null),
              row.path("payPeriod").asText("Annual"),
              row.path("payFrequency").asText(null),
              row.path("reason").asText(null),
              LocalDate.parse(row.path("effectiveDate").asText())));
    }
  }

  private static String listValue(CompanyBuilder b, String list, JsonNode value) {
    return value == null || value.isNull() ? null : b.listValue(list, value.asText());
  }

  private void readTimeOff(CompanyBuilder b, TimeOffJson t) {
    String employeeId = t.employeeId();
    if (employeeId == null && t.employeeEmail() != null) {
      employeeId = b.idOf(t.employeeEmail());
    }
    if (employeeId == null) {
      throw new IllegalArgumentException(
          "time-off request " + t.requestId() + " names no known employee");
    }
    TimeOffDraft draft =
        new TimeOffDraft(
            employeeId,
            t.policyType(),
            t.status(),
            t.startDate(),
            t.startDatePortion(),
            t.endDate(),
            t.endDatePortion(),
            t.hours(),
            t.type(),
            t.dayPortion(),
            t.dailyHours(),
            t.durations());
    Instant created = t.createdOn() != null ? t.createdOn() : Instant.EPOCH;
    b.timeOff().create(draft, t.requestId(), created, t.previousRequestId(), t.originalRequestId());
  }

  private static Iterable<JsonNode> array(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(key + " must be an array");
    }
    return node;
  }

  private static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
    if (node == null || node.isNull()) {
      return Set.of();
    }
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected an object, not " + node.getNodeType());
    }
    return node.properties();
  }
}
