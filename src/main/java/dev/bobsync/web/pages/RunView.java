package dev.bobsync.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.SyncRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One sync in the history, with its counts in words. */
public record RunView(SyncRun run, String summary) {

  static RunView of(SyncRun run, ObjectMapper json) {
    return new RunView(run, summary(run.countsJson(), json));
  }

  private static String summary(String countsJson, ObjectMapper json) {
    if (countsJson == null) {
      return "";
    }
    try {
      JsonNode c = json.readTree(countsJson);
      List<String> parts = new ArrayList<>();
      for (String key :
          List.of(
              "created",
              "updated",
              "linked",
              "unchanged",
              "waiting",
              "skipped",
              "frozen",
              "failed")) {
        int n = c.path(key).asInt(0);
        if (n > 0) {
          parts.add(n + " " + key);
        }
      }
      return parts.isEmpty() ? "nobody to sync" : String.join(", ", parts);
    } catch (IOException e) {
      return "";
    }
  }
}
