package dev.bobsync.emulator.remote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Field errors collected while checking a request: {@code field -> [messages]}. */
final class ValidationErrors {
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  ValidationErrors add(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    return this;
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  boolean has(String field) {
    return errors.containsKey(field);
  }

  /** Throws a 422 with these errors, if there are any. */
  void throwIfAny(String message) {
    if (!errors.isEmpty()) {
      throw ApiError.unprocessable(
          message, Collections.unmodifiableMap(new LinkedHashMap<>(errors)));
    }
  }

  /** One line naming every field and message, for fixture errors. */
  String describe() {
    return errors.entrySet().stream()
        .map(e -> e.getKey() + " " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
