package dev.bobsync.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.sync.ConnectionReport;
import dev.bobsync.words.ConnectionOutcomes;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A connection check as the page shows it, in the seed's words (rules C1, C2, R12). */
public record CheckView(
    String outcome,
    String headline,
    String problem,
    String remoteProblem,
    int employees,
    int leavers,
    List<String> permissionsToAdd,
    List<String> notes,
    List<String> setupDone,
    Instant checkedAt) {

  public boolean ok() {
    return "OK".equals(outcome);
  }

  /** From a check just made. */
  public static CheckView of(ConnectionReport r, Instant at) {
    List<String> notes = new ArrayList<>();
    r.hibob().findings().stream()
        .filter(f -> f.permission() == null)
        .forEach(f -> notes.add(f.message()));
    return new CheckView(
        r.outcome().name(),
        r.headline(),
        r.hibob().problem(),
        r.remoteProblem(),
        r.hibob().employees(),
        r.hibob().leavers(),
        r.permissionsToAdd(),
        notes,
        r.setupDone(),
        at);
  }

  /** From the check stored with the integration, or {@code null} when there is none. */
  public static CheckView stored(String json, Instant at, ObjectMapper mapper) {
    if (json == null) {
      return null;
    }
    try {
      JsonNode n = mapper.readTree(json);
      List<String> notes = new ArrayList<>();
      n.path("findings")
          .forEach(
              f -> {
                if (f.path("permission").isNull() || f.path("permission").isMissingNode()) {
                  notes.add(f.path("message").asText());
                }
              });
      AccessReport.Outcome outcome =
          AccessReport.Outcome.valueOf(n.path("outcome").asText("UNREACHABLE"));
      return new CheckView(
          outcome.name(),
          n.hasNonNull("headline") ? n.get("headline").asText() : headline(outcome),
          text(n, "problem"),
          text(n, "remoteProblem"),
          n.path("employees").asInt(),
          n.path("leavers").asInt(),
          strings(n.path("permissionsToAdd")),
          notes,
          strings(n.path("setupDone")),
          at);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  static String headline(AccessReport.Outcome outcome) {
    return ConnectionOutcomes.headline(outcome.name());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(v -> list.add(v.asText()));
    return list;
  }
}
