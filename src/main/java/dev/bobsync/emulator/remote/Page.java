package dev.bobsync.emulator.remote;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list answer, with Remote's {@code current_page}, {@code total_*} fields. */
record Page<T>(List<T> items, int currentPage, int totalCount, int totalPages) {
  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  /** The page {@code ctx}'s {@code page} and {@code page_size} ask for; 422 when out of range. */
  static <T> Page<T> of(List<T> all, Context ctx) {
    ValidationErrors errors = new ValidationErrors();
    int page = number(ctx, "page", 1, Integer.MAX_VALUE, 1, errors);
    int size = number(ctx, "page_size", 1, MAX_SIZE, DEFAULT_SIZE, errors);
    errors.throwIfAny("Invalid paging parameters");
    int from = (int) Math.min((long) (page - 1) * size, all.size());
    int to = Math.min(from + size, all.size());
    int pages = (all.size() + size - 1) / size;
    return new Page<>(List.copyOf(all.subList(from, to)), page, all.size(), pages);
  }

  /** {@code {"<key>": [...], "current_page": ..., "total_count": ..., "total_pages": ...}}. */
  Map<String, Object> body(String key, Function<T, Object> render) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(key, items.stream().map(render).toList());
    body.put("current_page", currentPage);
    body.put("total_count", totalCount);
    body.put("total_pages", totalPages);
    return body;
  }

  private static int number(
      Context ctx, String name, int min, int max, int fallback, ValidationErrors errors) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        name,
        max == Integer.MAX_VALUE
            ? "must be a whole number from 1"
            : "must be a whole number from 1 to " + max);
    return fallback;
  }
}
