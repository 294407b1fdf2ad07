package dev.bobsync.emulator.hibob;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON objects whose keys keep the order written, unlike {@code Map.of}. */
final class JsonMaps {
  private JsonMaps() {}

  /** {@code of("id", 1, "name", "Acme")}; null values are kept, as JSON nulls. */
  static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
