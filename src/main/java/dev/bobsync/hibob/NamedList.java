package dev.bobsync.hibob;

import java.util.List;
import java.util.Optional;

/** A HiBob named list and its items. */
public record NamedList(String name, List<Item> items) {
  public NamedList {
    items = List.copyOf(items);
  }

  /** The item with this name, ignoring case; archived items included. */
  public Optional<Item> item(String itemName) {
    return items.stream().filter(i -> i.name().equalsIgnoreCase(itemName.trim())).findFirst();
  }

  /** One list value: its id (what people searches return raw) and name. */
  public record Item(String id, String name, boolean archived) {}
}
