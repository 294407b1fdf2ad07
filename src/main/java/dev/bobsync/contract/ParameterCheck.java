package dev.bobsync.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks a call's path and query parameters against those its operation declares. */
final class ParameterCheck {
  private final Contract contract;

  ParameterCheck(Contract contract) {
    this.contract = contract;
  }

  List<Violation> check(Operation operation, String target) {
    Map<String, String> declared = declared(operation); // "in:name" -> pointer
    Map<String, String> query = query(URI.create(target).getRawQuery());
    List<Violation> problems = new ArrayList<>();
    String where = operation.label() + " query parameter ";
    for (Map.Entry<String, String> given : query.entrySet()) {
      String pointer = declared.get("query:" + given.getKey());
      if (pointer == null) {
        problems.add(new Violation(where + given.getKey(), "is not declared by the operation"));
      } else {
        problems.addAll(checkValue(pointer, given.getValue(), where + given.getKey()));
      }
    }
    for (Map.Entry<String, String> parameter : declared.entrySet()) {
      String[] key = parameter.getKey().split(":", 2);
      JsonNode node = contract.resolved(parameter.getValue());
      boolean required = node.path("required").asBoolean(false);
      if (key[0].equals("query") && required && !query.containsKey(key[1])) {
        problems.add(new Violation(where + key[1], "is required but missing"));
      }
      if (key[0].equals("path") && operation.pathParameters().containsKey(key[1])) {
        String value = operation.pathParameters().get(key[1]);
        problems.addAll(
            checkValue(parameter.getValue(), value, operation.label() + " path " + key[1]));
      }
    }
    return problems;
  }

  private List<Violation> checkValue(String parameterPointer, String raw, String where) {
    String pointer = contract.resolvePointer(contract.resolvePointer(parameterPointer) + "/schema");
    JsonNode schema = contract.resolved(pointer);
    if (schema.isMissingNode()) {
      return List.of();
    }
    return contract.checkValue(pointer, typed(raw, schema), where);
  }

  /**
   * Query values are text; a schema that allows a number or a boolean (also as one branch of an
   * {@code anyOf}) sees the parsed value where it parses.
   */
  private static JsonNode typed(String raw, JsonNode schema) {
    String types = schema.toString();
    if (types.contains("\"integer\"") || types.contains("\"number\"")) {
      try {
        BigDecimal number = new BigDecimal(raw);
        return number.scale() <= 0
            ? LongNode.valueOf(number.longValueExact())
            : DecimalNode.valueOf(number);
      } catch (NumberFormatException | ArithmeticException e) {
        return TextNode.valueOf(raw);
      }
    }
    if (types.contains("\"boolean\"") && (raw.equals("true") || raw.equals("false"))) {
      return BooleanNode.valueOf(Boolean.parseBoolean(raw));
    }
    return TextNode.valueOf(raw);
  }

  private Map<String, String> declared(Operation operation) {
    Map<String, String> declared = new LinkedHashMap<>();
    String pathItem = operation.pointer().substring(0, operation.pointer().lastIndexOf('/'));
    for (String base : List.of(pathItem, operation.pointer())) {
      JsonNode parameters = contract.resolved(base + "/parameters");
      for (int i = 0; i < parameters.size(); i++) {
        String pointer = contract.resolvePointer(base + "/parameters/" + i);
        JsonNode parameter = contract.resolved(pointer);
        declared.put(
            parameter.path("in").asText() + ":" + parameter.path("name").asText(), pointer);
      }
    }
    return declared;
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return values;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      values.put(decode(name), decode(value));
    }
    return values;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
