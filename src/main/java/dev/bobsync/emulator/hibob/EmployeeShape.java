package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an employee written in HiBob's nested response shape ({@code {"work": {"title": ...}}})
 * into field values, so a real search response can be pasted into a fixture or a PUT body.
 */
final class EmployeeShape {
  /** The fields found, with their JSON values, and the paths that name no field. */
  record Flattened(Map<Field, JsonNode> values, List<String> unknownPaths) {}

  private EmployeeShape() {}

  /** Slash keys ({@code "/work/title"}) and {@code humanReadable} are skipped. */
  static Flattened flatten(JsonNode employee, FieldCatalogue fields) {
    if (employee == null || !employee.isObject()) {
      throw new IllegalArgumentException("an employee must be a JSON object");
    }
    Map<Field, JsonNode> values = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    walk(employee, "", fields, values, unknown);
    return new Flattened(values, unknown);
  }

  private static void walk(
      JsonNode node,
      String prefix,
      FieldCatalogue fields,
      Map<Field, JsonNode> values,
      List<String> unknown) {
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (key.startsWith("/") || (prefix.isEmpty() && key.equals("humanReadable"))) {
        continue;
      }
      String path = prefix.isEmpty() ? key : prefix + "." + key;
      Field field = fields.atJsonPath(path);
      if (field != null && (!value.isObject() || field.type().equals(Field.EMPLOYEE))) {
        values.put(field, value);
      } else if (value.isObject()) {
        walk(value, path, fields, values, unknown);
      } else {
        unknown.add(path);
      }
    }
  }
}
