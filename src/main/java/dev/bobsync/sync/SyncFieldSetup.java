package dev.bobsync.sync;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.hibob.NamedList;
import dev.bobsync.hibob.Section;
import dev.bobsync.http.ApiAuthException;
import dev.bobsync.sync.plan.SyncType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule R1: makes sure HiBob has the "Sync to Remote" list field in the Work section with its three
 * items, creating what is missing, and remembers their ids.
 */
final class SyncFieldSetup {
  /** What setting up did, or why it could not. */
  record Result(RemoteSettings settings, List<HibobWrite> done, List<String> missingPermissions) {}

  private final HibobClient hibob;

  SyncFieldSetup(HibobClient hibob) {
    this.hibob = hibob;
  }

  Result ensure(RemoteSettings settings, List<FieldMeta> metadata) {
    List<HibobWrite> done = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Optional<FieldMeta> field = find(metadata);
    if (field.isEmpty()) {
      try {
        String id =
            hibob.createField(
                SyncType.FIELD_NAME,
                Section.WORK.categoryId(),
                "list",
                "Who bobsync syncs to Remote, and as what");
        done.add(
            new HibobWrite(
                "create_field",
                "Created the \"" + SyncType.FIELD_NAME + "\" field in HiBob's Work section.",
                SyncType.FIELD_NAME,
                json("fieldId", id, "name", SyncType.FIELD_NAME, "section", "work")));
        field =
            find(hibob.fields())
                .or(
                    () ->
                        Optional.of(
                            new FieldMeta(
                                id, SyncType.FIELD_NAME, "work", null, "list", false, null)));
      } catch (ApiAuthException e) {
        missing.add(Section.MANAGE_FIELDS + " (needed to create the \"Sync to Remote\" field)");
        return new Result(settings, done, missing);
      }
    }
    String listName = field.get().listId();
    Map<String, String> items = new LinkedHashMap<>();
    if (listName != null) {
      NamedList list = hibob.namedList(listName).orElse(new NamedList(listName, List.of()));
      list.items().forEach(i -> items.put(i.id(), i.name()));
      for (SyncType type : SyncType.values()) {
        if (list.item(type.hibobItem()).isPresent()) {
          continue;
        }
        try {
          String itemId = hibob.addListItem(listName, type.hibobItem());
          items.put(itemId, type.hibobItem());
          done.add(
              new HibobWrite(
                  "add_list_item",
                  "Added \"" + type.hibobItem() + "\" to the \"Sync to Remote\" list.",
                  listName,
                  json("list", listName, "itemId", itemId, "name", type.hibobItem())));
        } catch (ApiAuthException e) {
          missing.add(
              Section.EDIT_LISTS + " (needed to add the \"" + type.hibobItem() + "\" item)");
        }
      }
    }
    return new Result(settings.withSyncField(field.get().id(), listName, items), done, missing);
  }

  /** A flat JSON object of {@code keysAndValues}, for an audit entry. */
  private static String json(String... keysAndValues) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      node.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return node.toString();
  }

  /** The field, found by its name within the Work section's category id (rule C3). */
  static Optional<FieldMeta> find(List<FieldMeta> metadata) {
    return metadata.stream()
        .filter(f -> Section.WORK.categoryId().equals(f.categoryId()))
        .filter(f -> SyncType.FIELD_NAME.equalsIgnoreCase(f.name().trim()))
        .findFirst();
  }
}
