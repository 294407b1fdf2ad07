package dev.bobsync.emulator.hibob;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every field a company has: HiBob's standard ones, then its custom fields. Immutable. */
final class FieldCatalogue {
  private final List<Field> fields;
  private final Map<String, Field> byId = new HashMap<>();
  private final Map<String, Field> byJsonPath = new HashMap<>();
  private final int slotCount;

  private FieldCatalogue(List<Field> fields, int slotCount) {
    this.fields = List.copyOf(fields);
    this.slotCount = slotCount;
    for (Field f : this.fields) {
      byId.put(f.id(), f);
      byJsonPath.put(f.jsonPath(), f);
    }
  }

  /** The standard fields only, each stored field given its slot. */
  static FieldCatalogue standard() {
    List<Field> slotted = new ArrayList<>();
    int slot = 0;
    for (Field f : StandardFields.all()) {
      slotted.add(f.derived() ? f : f.withSlot(slot++));
    }
    return new FieldCatalogue(slotted, slot);
  }

  /** A catalogue with one more custom field, stored in a new slot. */
  FieldCatalogue withCustom(
      String id,
      String name,
      String categoryId,
      String type,
      String listId,
      String description,
      boolean historical) {
    if (byId.containsKey(id)) {
      throw new IllegalArgumentException("field " + id + " exists already");
    }
    List<Field> next = new ArrayList<>(fields);
    next.add(
        new Field(
            id,
            name,
            categoryId,
            type,
            listId,
            historical,
            false,
            "ssn".equals(type),
            true,
            description,
            slotCount));
    return new FieldCatalogue(next, slotCount + 1);
  }

  Optional<Field> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** A field the emulator itself relies on; failing means a bug, not bad input. */
  Field require(String id) {
    Field f = byId.get(id);
    if (f == null) {
      throw new IllegalStateException("no field " + id);
    }
    return f;
  }

  /** The field answered at this response path, e.g. {@code email} or {@code work.title}. */
  Field atJsonPath(String path) {
    return byJsonPath.get(path);
  }

  List<Field> all() {
    return fields;
  }

  int slotCount() {
    return slotCount;
  }

  /** Section ids in catalogue order, standard then custom. */
  Set<String> categories() {
    Set<String> ids = new LinkedHashSet<>(StandardFields.defaultSectionNames().keySet());
    fields.forEach(f -> ids.add(f.categoryId()));
    return Collections.unmodifiableSet(ids);
  }

  boolean hasCategory(String categoryId) {
    return categories().contains(categoryId);
  }
}
