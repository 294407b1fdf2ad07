package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Counts, over one people search, which asked-for fields came back for anyone. HiBob drops fields
 * the service user may not see without a word, so a field that comes back for no one is hidden
 * (rule C2: found by comparing, never guessed).
 */
public final class Visibility implements Consumer<JsonNode> {
  private final List<String> asked;
  private final Map<String, Integer> seen = new HashMap<>();
  private int employees;
  private int leavers;

  public Visibility(List<String> asked) {
    this.asked = List.copyOf(asked);
  }

  @Override
  public void accept(JsonNode employee) {
    employees++;
    for (String id : asked) {
      if (EmployeeJson.present(employee, id)) {
        seen.merge(id, 1, Integer::sum);
      }
    }
    if ("Inactive".equalsIgnoreCase(EmployeeJson.text(employee, "internal.status"))) {
      leavers++;
    }
  }

  public int employees() {
    return employees;
  }

  public int leavers() {
    return leavers;
  }

  /** Asked-for fields that came back for no one; empty when no one came back at all. */
  public List<String> hidden() {
    if (employees == 0) {
      return List.of();
    }
    List<String> hidden = new ArrayList<>();
    for (String id : asked) {
      if (!seen.containsKey(id)) {
        hidden.add(id);
      }
    }
    return hidden;
  }

  /**
   * The hidden fields with the HiBob permission that would show each, in HiBob's words; a sensitive
   * field needs Edit on its section too.
   */
  public Map<String, String> hiddenWithPermission(Map<String, FieldMeta> metadata) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String id : hidden()) {
      FieldMeta meta = metadata.get(id);
      result.put(id, meta == null ? "field unknown to HiBob" : permissionFor(meta));
    }
    return result;
  }

  /** The permission line that makes a field visible. */
  public static String permissionFor(FieldMeta meta) {
    String section =
        meta.categoryDisplayName() == null ? meta.categoryId() : meta.categoryDisplayName();
    String view = Section.viewPermission(meta.categoryId(), section);
    if (meta.sensitive()) {
      return view
          + " and "
          + Section.editPermission(meta.categoryId(), section)
          + " (HiBob shows "
          + meta.name()
          + " only with Edit)";
    }
    return view;
  }
}
