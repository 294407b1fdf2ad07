package dev.bobsync.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.PersonQuery;
import dev.bobsync.store.SyncRun;
import java.io.IOException;
import java.util.List;

/**
 * What one employee sync changed, as the finished "Sync now" panel says it: how many people it
 * created and updated in Remote, and how many wait or failed, each with a link to those people.
 */
public record RunChanges(String integrationId, String runId, List<Item> items) {
  /** One outcome: its count, its words and the People list filtered to it. */
  public record Item(String key, int count, String words, String link) {}

  static RunChanges of(SyncRun run, ObjectMapper json) {
    JsonNode c;
    try {
      c = json.readTree(run.countsJson() == null ? "{}" : run.countsJson());
    } catch (IOException unreadable) {
      c = json.createObjectNode();
    }
    String people = "/integrations/" + run.integrationId() + "/people?";
    String inRun = "&run=" + run.id();
    return new RunChanges(
        run.integrationId(),
        run.id(),
        List.of(
            new Item(
                "created",
                c.path("created").asInt(0),
                "created in Remote",
                people + "change=" + PersonQuery.CREATED + inRun),
            new Item(
                "updated",
                c.path("updated").asInt(0),
                "updated in Remote",
                people + "change=" + PersonQuery.UPDATED + inRun),
            new Item("waiting", c.path("waiting").asInt(0), "waiting", people + "status=waiting"),
            new Item("failed", c.path("failed").asInt(0), "failed", people + "status=failed")));
  }
}
