package dev.bobsync.compensation;

import dev.bobsync.hibob.FieldMeta;
import java.util.List;
import java.util.Locale;

/** Finds a HiBob field by its id or exact name (any case), for choosing profile fields. */
public final class FieldLookup {
  private FieldLookup() {}

  /**
   * The field {@code idOrName} names.
   *
   * @throws IllegalArgumentException when no field or several fields have that name
   */
  public static FieldMeta find(List<FieldMeta> fields, String idOrName) {
    String key = idOrName == null ? "" : idOrName.trim();
    for (FieldMeta f : fields) {
      if (f.id().equals(key)) {
        return f;
      }
    }
    List<FieldMeta> byName =
        fields.stream()
            .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
            .toList();
    if (byName.size() == 1) {
      return byName.get(0);
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException("HiBob has no field \"" + key + "\"");
    }
    throw new IllegalArgumentException(
        "Several HiBob fields are named \""
            + key
            + "\": "
            + String.join(", ", byName.stream().map(FieldMeta::id).toList())
            + "; give the id");
  }
}
