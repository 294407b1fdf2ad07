package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A HiBob permission group: actions per section ("People's data"), features, and which people it
 * covers ("Access rights").
 */
public record PermissionGroup(
    String name, Map<String, Set<Action>> people, Set<String> features, AccessRights accessRights) {

  /** A section action as HiBob's permission editor names it. */
  public enum Action {
    VIEW("view"),
    VIEW_HISTORY("viewHistory"),
    EDIT("edit");

    private final String json;

    Action(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  /** Which people the group covers: active ones, or everyone with a lifecycle status. */
  public enum AccessRights {
    ACTIVE_EMPLOYEES("activeEmployees"),
    LIFECYCLE_STATUS_EXISTS("lifecycleStatusExists");

    private final String json;

    AccessRights(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

  public PermissionGroup {
    Objects.requireNonNull(name, "name");
    people = Map.copyOf(people == null ? Map.of() : people);
    features = Set.copyOf(features == null ? Set.of() : features);
    accessRights = accessRights == null ? AccessRights.ACTIVE_EMPLOYEES : accessRights;
  }

  public boolean can(String categoryId, Action action) {
    return people.getOrDefault(categoryId, Set.of()).contains(action);
  }

  public boolean hasFeature(String feature) {
    return features.contains(feature);
  }

  /** Whether inactive people (leavers) are within this group's access rights. */
  public boolean coversInactive() {
    return accessRights == AccessRights.LIFECYCLE_STATUS_EXISTS;
  }

  /**
   * Whether a search returns this field: view on its section, and edit too for sensitive fields.
   * The employee id always comes back.
   */
  boolean canRead(Field field) {
    if (field.id().equals(StandardFields.ID)) {
      return true;
    }
    return can(field.categoryId(), Action.VIEW)
        && (!field.sensitive() || can(field.categoryId(), Action.EDIT));
  }
}
