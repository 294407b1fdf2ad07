package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.Profile;
import dev.bobsync.sync.plan.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the store remembers of each person between runs, as the planner reads it. */
final class LinkStates {
  private final Store store;
  private final ObjectMapper json;

  LinkStates(Store store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  /** What the store holds of every person of an integration, read once per run. */
  record Loaded(Map<String, PersonRecord> records, Map<String, LinkState> links) {}

  Loaded load(String integrationId) {
    Map<String, PersonRecord> records = new HashMap<>();
    Map<String, LinkState> links = new HashMap<>();
    for (PersonRecord r : store.people().all(integrationId)) {
      records.put(r.hibobId(), r);
      links.put(
          r.hibobId(),
          new LinkState(
              r.hibobId(),
              r.remoteId(),
              r.remoteStatus(),
              fromJson(r.writtenStateJson()),
              r.createStartedAt() != null,
              r.reasonCode(),
              r.lastChange()));
    }
    return new Loaded(records, links);
  }

  /** Drops the link to a Remote employment that no longer exists, so the person is matched anew. */
  static void unlink(Map<String, LinkState> links, String remoteId) {
    links.replaceAll(
        (id, l) ->
            remoteId.equals(l.remoteId())
                ? new LinkState(id, null, null, Profile.empty(), false, null, l.lastChange())
                : l);
  }

  /** People with no "Sync to Remote" value who were never linked need no status (R11). */
  void forgetUnselected(String integrationId, Snapshot snapshot, Map<String, LinkState> links) {
    List<String> forget = new ArrayList<>();
    for (Person p : snapshot.people()) {
      LinkState link = links.get(p.hibobId());
      if (p.syncType() == null && link != null && !link.linked()) {
        forget.add(p.hibobId());
      }
    }
    if (!forget.isEmpty()) {
      store.people().delete(integrationId, forget);
    }
  }

  /** What was written, as the store keeps it: field name to comparable value. */
  String toJson(Profile profile) {
    Map<String, String> map = new TreeMap<>();
    profile.values().forEach((f, v) -> map.put(f.name(), v));
    return json.valueToTree(map).toString();
  }

  Profile fromJson(String text) {
    if (text == null || text.isBlank()) {
      return Profile.empty();
    }
    try {
      Map<Field, String> values = new EnumMap<>(Field.class);
      json.readTree(text)
          .fields()
          .forEachRemaining(e -> values.put(Field.valueOf(e.getKey()), e.getValue().asText()));
      return new Profile(values);
    } catch (IOException | IllegalArgumentException unreadable) {
      // An unreadable record means "nothing known": the next write sends every field again.
      return Profile.empty();
    }
  }
}
