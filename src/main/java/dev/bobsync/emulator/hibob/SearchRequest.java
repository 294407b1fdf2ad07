package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.emulator.hibob.PeopleWriter.HumanReadable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /v1/people/search} (and, without filters, of {@code POST
 * /v1/people/{idOrEmail}}), checked as strictly as HiBob checks it.
 */
record SearchRequest(
    List<String> fields, Filter filter, boolean showInactive, HumanReadable humanReadable) {

  static final int MAX_FIELDS = 400;
  private static final Set<String> FILTER_PATHS = Set.of(StandardFields.ID, StandardFields.EMAIL);

  /** The one filter HiBob allows: {@code root.id} or {@code root.email} equals one of values. */
  record Filter(String fieldPath, List<String> values) {}

  /** {@code fields} null means "not given": the default sections are answered. */
  static SearchRequest parse(JsonNode body, boolean filtersAllowed) {
    if (body == null || body.isMissingNode() || body.isNull()) {
      return new SearchRequest(null, null, false, HumanReadable.NONE);
    }
    if (!body.isObject()) {
      throw bad("the request body must be a JSON object");
    }
    return new SearchRequest(
        fields(body.get("fields")),
        filter(body.get("filters"), filtersAllowed),
        showInactive(body.get("showInactive")),
        humanReadable(body.get("humanReadable")));
  }

  private static List<String> fields(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isArray()) {
      throw bad("fields must be an array of field ids");
    }
    if (node.size() > MAX_FIELDS) {
      throw ApiError.badRequest(
          "exception.fields.limit",
          "fields accepts at most " + MAX_FIELDS + " field ids, got " + node.size());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode id : node) {
      if (!id.isTextual()) {
        throw bad("fields must be an array of field ids");
      }
      ids.add(id.asText());
    }
    return ids.isEmpty() ? null : List.copyOf(ids);
  }

  private static Filter filter(JsonNode node, boolean allowed) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!allowed) {
      throw badFilter("this endpoint takes no filters");
    }
    if (!node.isArray() || node.size() != 1) {
      throw badFilter("filters must hold exactly one filter");
    }
    JsonNode f = node.get(0);
    String path = f.path("fieldPath").asText();
    if (!FILTER_PATHS.contains(path)) {
      throw badFilter("filters support only root.id and root.email, not '" + path + "'");
    }
    if (!f.path("operator").asText().equals("equals")) {
      throw badFilter("the only filter operator is equals");
    }
    JsonNode values = f.get("values");
    if (values == null || !values.isArray() || values.isEmpty()) {
      throw badFilter("a filter needs a non-empty values array");
    }
    List<String> v = new ArrayList<>();
    values.forEach(x -> v.add(x.asText()));
    return new Filter(path, List.copyOf(v));
  }

  private static boolean showInactive(JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw bad("showInactive must be true or false");
    }
    return node.booleanValue();
  }

  private static HumanReadable humanReadable(JsonNode node) {
    if (node == null || node.isNull()) {
      return HumanReadable.NONE;
    }
    return switch (node.asText()) {
      case "APPEND" -> HumanReadable.APPEND;
      case "REPLACE" -> HumanReadable.REPLACE;
      default -> throw bad("humanReadable must be APPEND or REPLACE");
    };
  }

  private static ApiError bad(String message) {
    return ApiError.badRequest("exception.bad.request", message);
  }

  private static ApiError badFilter(String message) {
    return ApiError.badRequest("exception.search.filter", message);
  }
}
