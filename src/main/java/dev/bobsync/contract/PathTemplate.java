package dev.bobsync.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An OpenAPI path such as {@code /v1/employments/{employment_id}}, matched segment by segment. */
record PathTemplate(String template, List<String> segments) {
  static PathTemplate of(String template) {
    return new PathTemplate(template, split(template));
  }

  /** The path parameters by name when {@code path} fits this template. */
  Optional<Map<String, String>> match(String path) {
    List<String> given = split(path);
    if (given.size() != segments.size()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (isParameter(segment)) {
        if (given.get(i).isEmpty()) {
          return Optional.empty();
        }
        parameters.put(segment.substring(1, segment.length() - 1), given.get(i));
      } else if (!segment.equals(given.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(parameters);
  }

  /** Literal segments first: {@code /employments/search} wins over {@code /employments/{id}}. */
  int literalSegments() {
    return (int) segments.stream().filter(s -> !isParameter(s)).count();
  }

  private static boolean isParameter(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static List<String> split(String path) {
    List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
    if (!parts.isEmpty() && parts.get(0).isEmpty()) {
      parts.remove(0);
    }
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }
}
