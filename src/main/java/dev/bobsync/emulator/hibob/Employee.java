package dev.bobsync.emulator.hibob;

import java.util.Arrays;
import java.util.Map;

/**
 * One employee's stored field values, indexed by {@link Field#slot()}. Immutable: a change makes a
 * new employee, so a search streaming an older snapshot never sees half an update.
 */
final class Employee {
  private final String id;
  private final Object[] values;

  Employee(String id, Object[] values) {
    this.id = id;
    this.values = values;
  }

  String id() {
    return id;
  }

  /** The stored value (String, Long, Double or Boolean), or null; derived fields are null here. */
  Object get(Field field) {
    int slot = field.slot();
    return slot >= 0 && slot < values.length ? values[slot] : null;
  }

  String text(Field field) {
    Object v = get(field);
    return v == null ? null : v.toString();
  }

  /** A copy with these stored values replaced; a null value clears the field. */
  Employee with(Map<Field, Object> changes) {
    int size = values.length;
    for (Field f : changes.keySet()) {
      size = Math.max(size, f.slot() + 1);
    }
    Object[] next = Arrays.copyOf(values, size);
    changes.forEach(
        (f, v) -> {
          if (f.slot() < 0) {
            throw new IllegalArgumentException(f.id() + " is computed, not stored");
          }
          next[f.slot()] = v;
        });
    return new Employee(id, next);
  }
}
