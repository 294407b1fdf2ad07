package dev.bobsync.emulator.hibob;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A company list (departments, sites, "Sync to Remote" values...). Immutable. */
final class NamedList {
  private final String name;
  private final List<ListItem> items;
  private final Map<String, ListItem> byId = new HashMap<>();

  NamedList(String name, List<ListItem> items) {
    this.name = name;
    this.items = List.copyOf(items);
    this.items.forEach(i -> byId.put(i.id(), i));
  }

  String name() {
    return name;
  }

  List<ListItem> items() {
    return items;
  }

  Optional<ListItem> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The item of that exact name among the same parent's children. */
  Optional<ListItem> byName(String itemName, String parentId) {
    return items.stream()
        .filter(i -> i.name().equals(itemName))
        .filter(i -> parentId == null ? i.parentId() == null : parentId.equals(i.parentId()))
        .findFirst();
  }

  /** Display name of an item id, or the id itself when the list has no such item. */
  String nameOf(String id) {
    ListItem item = byId.get(id);
    return item == null ? id : item.name();
  }

  NamedList with(ListItem item) {
    List<ListItem> next = new ArrayList<>(items);
    next.add(item);
    return new NamedList(name, next);
  }
}
