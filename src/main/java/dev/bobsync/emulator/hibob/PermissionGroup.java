package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A HiBob permission group: actions per section ("People's data"), features, which people it covers
 * ("Access rights") and its type. Only a group of the type "Service user" gives a service user any
 * access; in a group of another type it is treated as in no group (see the emulator docs).
 */
public record PermissionGroup(
    String name,
    Map<String, Set<Action>> people,
    Set<String> features,
    AccessRights accessRights,
    Type type) {

  /** A group of the type "Service user". */
  public PermissionGroup(
      String name,
      Map<String, Set<Action>> people,
      Set<String> features,
      AccessRights accessRights) {
    this(name, people, features, accessRights, Type.SERVICE_USER);
  }

  /**
   * Who a group is for, as HiBob's "Create group" dialog asks; absent in a fixture: serviceUser.
   */
  public enum Type {
    SERVICE_USER("serviceUser"),
    EMPLOYEE("employee"),
    ADMIN("admin");

    private final String json;

    Type(String json) {
      this.json = json;
    }

    @JsonValue
    public String json() {
      return json;
    }
  }

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
    type = type == null ? Type.SERVICE_USER : type;
  }

  /** Whether a service user in this group gets its access: only in a "Service user" group. */
  public boolean servesServiceUsers() {
    return type == Type.SERVICE_USER;
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
