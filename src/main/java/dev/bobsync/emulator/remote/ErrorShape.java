package dev.bobsync.emulator.remote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of a 422: Remote answers validation failures in several shapes, and a client must read
 * them all, so a company can be set to answer in any one of them.
 */
public enum ErrorShape {
  /** {@code {"message": "...", "errors": {"field": ["message"]}}}. */
  ERRORS_OBJECT("errors_object"),
  /** {@code {"errors": ["field: message"]}}. */
  ERRORS_LIST("errors_list"),
  /** {@code {"message": [{"code", "message", "param"}]}}. */
  MESSAGE_LIST("message_list"),
  /** {@code {"message": "field message; ..."}}. */
  MESSAGE_STRING("message_string");

  private final String wire;

  ErrorShape(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  public static Optional<ErrorShape> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }

  /** The 422 body for {@code message} and its field errors, in this shape. */
  Map<String, Object> body(String message, Map<String, List<String>> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    switch (this) {
      case ERRORS_OBJECT -> {
        body.put("message", message);
        body.put("errors", errors);
      }
      case ERRORS_LIST -> body.put("errors", lines(errors, ": "));
      case MESSAGE_LIST -> {
        List<Map<String, String>> items = new ArrayList<>();
        errors.forEach(
            (field, messages) ->
                messages.forEach(
                    m -> {
                      Map<String, String> item = new LinkedHashMap<>();
                      item.put("code", "invalid");
                      item.put("message", m);
                      item.put("param", field);
                      items.add(item);
                    }));
        body.put("message", items);
      }
      case MESSAGE_STRING ->
          body.put("message", message + ": " + String.join("; ", lines(errors, " ")));
    }
    return body;
  }

  private static List<String> lines(Map<String, List<String>> errors, String separator) {
    List<String> lines = new ArrayList<>();
    errors.forEach((field, messages) -> messages.forEach(m -> lines.add(field + separator + m)));
    return lines;
  }
}
