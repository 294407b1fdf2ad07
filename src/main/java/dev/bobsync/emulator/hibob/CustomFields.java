package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.NoSuchElementException;
import java.util.Set;

/** Creates custom fields as {@code POST /v1/company/people/fields} does. */
final class CustomFields {
  /** The field types the emulator lets callers create. */
  static final Set<String> TYPES =
      Set.of("text", "text-area", "number", "date", "boolean", Field.LIST, "employee-reference");

  /** The company with the new field, and the field's id. */
  record Created(CompanySnapshot snapshot, String id) {}

  private CustomFields() {}

  /**
   * Adds a field to a section. Ids follow {@code <section>.custom.field_<millis>} in standard
   * sections and {@code <section>.field_<millis>} in custom ones; a list field gets a new named
   * list, whose name its metadata gives as {@code typeData.listId}.
   */
  static Created create(CompanySnapshot s, JsonNode body, long millis) {
    String name = required(body, "name");
    String category = required(body, "category");
    String type = required(body, "type");
    if (category.equals("root")) {
      throw new IllegalArgumentException("custom fields cannot be added to Basic info (root)");
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "unsupported field type " + type + "; use one of " + TYPES);
    }
    if (!s.hasCategory(category)) {
      throw new NoSuchElementException("no section " + category);
    }
    boolean taken =
        s.fields().all().stream()
            .anyMatch(f -> f.categoryId().equals(category) && f.name().equalsIgnoreCase(name));
    if (taken) {
      throw new IllegalStateException("section " + category + " has a field named " + name);
    }
    boolean standard = StandardFields.defaultSectionNames().containsKey(category);
    String prefix = standard ? category + ".custom.field_" : category + ".field_";
    long n = millis;
    while (s.fields().find(prefix + n).isPresent()) {
      n++;
    }
    String id = prefix + n;
    NamedLists lists = s.lists();
    String listId = null;
    if (type.equals(Field.LIST)) {
      NamedLists.Editor editor = lists.edit();
      listId = uniqueListName(editor, camelCase(name));
      editor.ensureList(listId);
      lists = editor.build();
    }
    FieldCatalogue fields =
        s.fields()
            .withCustom(
                id,
                name,
                category,
                type,
                listId,
                body.path("description").asText(null),
                body.path("historical").asBoolean(false));
    return new Created(s.withFields(fields, lists), id);
  }

  /** "Sync to Remote" gives "syncToRemote". */
  static String camelCase(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : name.toCharArray()) {
      if (Character.isLetterOrDigit(ch)) {
        out.append(
            out.length() == 0 ? Character.toLowerCase(ch) : upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      } else {
        upper = true;
      }
    }
    return out.length() == 0 ? "list" : out.toString();
  }

  private static String uniqueListName(NamedLists.Editor lists, String base) {
    String name = base;
    for (int n = 2; lists.has(name); n++) {
      name = base + n;
    }
    return name;
  }

  private static String required(JsonNode body, String key) {
    JsonNode v = body.get(key);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
    return v.asText().trim();
  }
}
