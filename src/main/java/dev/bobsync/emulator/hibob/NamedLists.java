package dev.bobsync.emulator.hibob;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A company's named lists with the counter that numbers new items. Immutable; {@link #edit()} gives
 * a working copy for a batch of changes.
 */
final class NamedLists {
  /** Where new item ids start, so they look like HiBob's nine-digit ids. */
  static final long FIRST_ITEM_ID = 209_000_001L;

  private final Map<String, NamedList> lists;
  private final long nextItemId;

  NamedLists(Map<String, NamedList> lists, long nextItemId) {
    this.lists = Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    this.nextItemId = nextItemId;
  }

  Optional<NamedList> get(String name) {
    return Optional.ofNullable(lists.get(name));
  }

  Collection<NamedList> all() {
    return lists.values();
  }

  Editor edit() {
    return new Editor(this);
  }

  /** A mutable copy: adds lists and items, resolves values, then builds a new immutable set. */
  static final class Editor {
    private final Map<String, NamedList> lists;
    private final Map<String, Map<String, ListItem>> rootItemsByName = new HashMap<>();
    private long nextItemId;

    private Editor(NamedLists from) {
      this.lists = new LinkedHashMap<>(from.lists);
      this.nextItemId = from.nextItemId;
    }

    boolean has(String listName) {
      return lists.containsKey(listName);
    }

    void ensureList(String listName) {
      lists.computeIfAbsent(listName, n -> new NamedList(n, List.of()));
    }

    /** Adds an item with a given id (fixtures); the counter moves past numeric ids. */
    ListItem addItem(String listName, String id, String name, boolean archived, String parentId) {
      ensureList(listName);
      NamedList list = lists.get(listName);
      if (list.byId(id).isPresent()) {
        throw new IllegalArgumentException("list " + listName + " has item id " + id + " twice");
      }
      ListItem item = new ListItem(id, name, archived, parentId);
      lists.put(listName, list.with(item));
      if (parentId == null) {
        rootItems(listName).put(name, item);
      }
      try {
        nextItemId = Math.max(nextItemId, Long.parseLong(id) + 1);
      } catch (NumberFormatException notNumeric) {
        // ids need not be numbers; the counter only avoids clashing with those that are
      }
      return item;
    }

    /** Adds an item under a fresh id; a same-named sibling is a conflict. */
    ListItem addNewItem(String listName, String name, String parentId) {
      ensureList(listName);
      NamedList list = lists.get(listName);
      if (list.byName(name, parentId).isPresent()) {
        throw new IllegalStateException("list " + listName + " has an item named " + name);
      }
      if (parentId != null && list.byId(parentId).isEmpty()) {
        throw new IllegalArgumentException("list " + listName + " has no item " + parentId);
      }
      return addItem(listName, Long.toString(nextItemId), name, false, parentId);
    }

    /** The item id for a value given as an item id or an item name, or empty. */
    Optional<String> find(String listName, String idOrName) {
      NamedList list = lists.get(listName);
      if (list == null) {
        return Optional.empty();
      }
      if (list.byId(idOrName).isPresent()) {
        return Optional.of(idOrName);
      }
      return Optional.ofNullable(rootItems(listName).get(idOrName)).map(ListItem::id);
    }

    /** Like {@link #find}, but an unknown name becomes a new item of the list. */
    String findOrAdd(String listName, String idOrName) {
      return find(listName, idOrName).orElseGet(() -> addNewItem(listName, idOrName, null).id());
    }

    NamedLists build() {
      return new NamedLists(lists, nextItemId);
    }

    private Map<String, ListItem> rootItems(String listName) {
      return rootItemsByName.computeIfAbsent(
          listName,
          n -> {
            Map<String, ListItem> byName = new HashMap<>();
            lists.get(n).items().stream()
                .filter(i -> i.parentId() == null)
                .forEach(i -> byName.putIfAbsent(i.name(), i));
            return byName;
          });
    }
  }
}
