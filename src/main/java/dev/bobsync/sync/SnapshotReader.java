package dev.bobsync.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.Visibility;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.Snapshot;
import dev.bobsync.sync.plan.SyncType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads HiBob once per run: the field metadata, then one people search asking exactly the fields
 * the sync needs (the "Sync to Remote" field by id, leavers included), normalized as it streams.
 */
final class SnapshotReader {
  private final HibobClient hibob;
  private final Clock clock;

  SnapshotReader(HibobClient hibob, Clock clock) {
    this.hibob = hibob;
    this.clock = clock;
  }

  /** The snapshot and the run-level warnings reading it raised. */
  record Read(Snapshot snapshot, List<String> warnings) {}

  /** Reads everyone, or only {@code only} (one search each) when it is not empty. */
  Read read(RemoteSettings settings, List<FieldMeta> metadata, Set<String> only) {
    Map<String, FieldMeta> byId = new LinkedHashMap<>();
    metadata.forEach(f -> byId.put(f.id(), f));
    List<String> asked = new ArrayList<>();
    for (String id : SyncFields.needed(settings.syncFieldId()).keySet()) {
      if (byId.containsKey(id) || id.equals("root.id")) {
        asked.add(id);
      }
    }
    Visibility visibility = new Visibility(asked);
    PersonReader reader = new PersonReader(settings.syncFieldId(), settings.syncListItems());
    List<Person> people = new ArrayList<>();
    Consumer<JsonNode> collect =
        employee -> {
          visibility.accept(employee);
          Person p = reader.read(employee);
          if (!p.hibobId().isEmpty()) {
            people.add(p);
          }
        };
    if (only.isEmpty()) {
      hibob.searchPeople(asked, true, collect);
    } else {
      only.forEach(id -> hibob.searchPerson(id, asked, true, collect));
    }
    Map<String, String> hidden = visibility.hiddenWithPermission(byId);
    Map<Field, String> hiddenFields = Field.hiddenBy(hidden);
    if (!hiddenFields.isEmpty()) {
      people.replaceAll(p -> p.withHidden(hiddenFields));
    }
    List<String> warnings = new ArrayList<>();
    if (visibility.employees() == 0 && only.isEmpty()) {
      warnings.add(
          "HiBob returned no employees to the service user. Check its permission group's access"
              + " rights (Lifecycle status exists) and run the connection check.");
    }
    if (hidden.containsKey(settings.syncFieldId())) {
      warnings.add(
          "The service user cannot see the \""
              + SyncType.FIELD_NAME
              + "\" field, so no one is selected. Add: "
              + hidden.get(settings.syncFieldId()));
    }
    return new Read(
        new Snapshot(people, hidden, clock.instant(), reader.unknownValues()), warnings);
  }
}
