package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.JsonValues;
import java.util.ArrayList;
import java.util.List;

/** Reads one named list, {@code {name, items: [{id, name, archived, children}]}}. */
final class NamedLists {
  private NamedLists() {}

  static NamedList list(String fallbackName, JsonNode list) {
    List<NamedList.Item> items = new ArrayList<>();
    addItems(list.path("items"), items);
    String name = JsonValues.text(list, "name");
    return new NamedList(name == null ? fallbackName : name, items);
  }

  /** Items and, for hierarchy lists, their children, flattened. */
  private static void addItems(JsonNode items, List<NamedList.Item> into) {
    for (JsonNode item : items) {
      String id = JsonValues.text(item, "id");
      if (id != null) {
        String name = JsonValues.text(item, "name");
        into.add(
            new NamedList.Item(
                id,
                name != null ? name : JsonValues.text(item, "value"),
                item.path("archived").asBoolean(false)));
      }
      addItems(item.path("children"), into);
    }
  }
}
