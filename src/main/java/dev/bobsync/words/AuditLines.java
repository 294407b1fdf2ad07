package dev.bobsync.words;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.AuditEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the audit log's entries (action codes, JSON values) into {@link AuditLine}s. */
public final class AuditLines {
  private static final String ARROW = " → ";

  private final ObjectMapper json;

  public AuditLines(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The entry in words; {@code personName} and {@code remoteType} come from the person the entry
   * concerns (null when unknown: the HiBob id stands in).
   */
  public AuditLine of(AuditEntry e, String personName, String remoteType) {
    JsonNode before = parse(e.beforeJson());
    JsonNode after = parse(e.afterJson());
    String person =
        personName != null && !personName.isBlank()
            ? personName
            : e.subject() == null ? null : "HiBob employee " + e.subject();
    String type = remoteType == null ? "" : EmploymentTypes.name(remoteType);
    String done = AuditActions.of(e.action(), e.target());
    String action = e.action() == null ? "" : Codes.normalized(e.action());
    String what =
        switch (action) {
          case "create_employment" -> with(done, e.fields(), after);
          case "create_department" ->
              "department \"" + after.path("name").asText("") + "\" " + done;
          case "create_timeoff" -> timeOff(after) + " " + done;
          case "cancel_timeoff" ->
              "time off of request "
                  + after.path("request").asText("?")
                  + " "
                  + done
                  + reason(after.path("detail").asText(""));
          case "create_field" ->
              "the \"" + after.path("name").asText(join(e.fields())) + "\" field " + done;
          case "add_list_item" ->
              "\""
                  + after.path("name").asText("")
                  + "\" added to the \"Sync to Remote\" list in HiBob";
          case "link_employment" -> done;
          default -> changes(e.fields(), before, after, done);
        };
    return new AuditLine(person, type, what);
  }

  /**
   * "job title Engineer → Senior Engineer, salary 150,000 USD → 153,500 USD, written to Remote".
   */
  private static String changes(List<String> fields, JsonNode before, JsonNode after, String done) {
    List<String> parts = new ArrayList<>();
    for (String f : fields) {
      String name = FieldNames.of(f);
      String key = f.toLowerCase(Locale.ROOT);
      if (key.equals("ssn")) {
        parts.add(name + " changed");
        continue;
      }
      String old = value(f, before.path(key));
      String now = value(f, after.path(key));
      if (old == null && now == null) {
        parts.add(name);
      } else if (old == null) {
        parts.add(name + " " + now);
      } else if (now == null) {
        parts.add(name + " " + old + ARROW + "(empty)");
      } else {
        parts.add(name + " " + old + ARROW + now);
      }
    }
    return parts.isEmpty() ? done : String.join(", ", parts) + ", " + done;
  }

  /** "created in Remote with job title Engineer, salary 153,500 USD". */
  private static String with(String done, List<String> fields, JsonNode after) {
    List<String> parts = new ArrayList<>();
    for (String f : fields) {
      String key = f.toLowerCase(Locale.ROOT);
      String v = key.equals("ssn") ? null : value(f, after.path(key));
      parts.add(v == null ? FieldNames.of(f) : FieldNames.of(f) + " " + v);
    }
    return parts.isEmpty() ? done : done + " with " + String.join(", ", parts);
  }

  /** "time off of request 12 (paid time off, 16 h on 2 days)". */
  private static String timeOff(JsonNode after) {
    String type = after.path("detail").asText("");
    String days = after.path("days").asText("");
    int hours = 0;
    int count = 0;
    for (String d : days.trim().split("\\s+")) {
      int colon = d.lastIndexOf(':');
      if (colon > 0) {
        try {
          hours += Integer.parseInt(d.substring(colon + 1));
          count++;
        } catch (NumberFormatException ignored) {
          // not a day:hours pair: left out of the total
        }
      }
    }
    List<String> parts = new ArrayList<>();
    if (!type.isBlank()) {
      parts.add(TimeOffWords.remoteType(type));
    }
    if (count > 0) {
      parts.add(hours + " h on " + count + (count == 1 ? " day" : " days"));
    }
    return "time off of request "
        + after.path("request").asText("?")
        + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private static String reason(String code) {
    return code.isBlank() ? "" : " (" + Codes.decapitalized(Reasons.of(code)) + ")";
  }

  private static String value(String field, JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return null;
    }
    String text = v.isValueNode() ? v.asText() : v.toString();
    if (FieldNames.isMoney(field)) {
      return Money.ofStored(text);
    }
    // an address or emergency contact is kept as its parts joined by " | ", empty ones included
    return text.contains("|") ? String.join(", ", parts(text)) : text;
  }

  private static List<String> parts(String joined) {
    return java.util.Arrays.stream(joined.split("\\|"))
        .map(String::trim)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static String join(List<String> fields) {
    return String.join(", ", fields);
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return json.missingNode();
    }
    try {
      JsonNode n = json.readTree(text);
      return n == null ? json.missingNode() : n;
    } catch (IOException e) {
      return json.missingNode();
    }
  }
}
