package dev.bobsync.sync;

import dev.bobsync.http.ApiException;
import dev.bobsync.remote.Department;
import dev.bobsync.remote.Emails;
import dev.bobsync.remote.Manager;
import dev.bobsync.remote.RemoteClient;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Remote's company managers and departments, read once per run and only when a write needs them. A
 * department HiBob has and Remote lacks is created.
 */
final class RemoteDirectory {
  private final RemoteClient remote;
  private final Consumer<Department> onCreated;
  private Map<String, String> managers;
  private Map<String, String> departments;

  RemoteDirectory(RemoteClient remote, Consumer<Department> onCreated) {
    this.remote = remote;
    this.onCreated = onCreated;
  }

  /** The manager's Remote user id by e-mail, if they are a company manager in Remote. */
  Optional<String> managerId(String email) {
    if (managers == null) {
      managers = new HashMap<>();
      for (Manager m : remote.managers()) {
        managers.put(Emails.normalize(m.email()), m.userId());
      }
    }
    return Optional.ofNullable(managers.get(Emails.normalize(email)));
  }

  /** The department's id by name, created in Remote when missing; empty if that fails. */
  Optional<String> departmentId(String name) {
    if (departments == null) {
      departments = new HashMap<>();
      for (Department d : remote.departments()) {
        departments.put(key(d.name()), d.id());
      }
    }
    String id = departments.get(key(name));
    if (id != null) {
      return Optional.of(id);
    }
    try {
      Department created = remote.createDepartment(name.trim());
      departments.put(key(name), created.id());
      onCreated.accept(created);
      return Optional.of(created.id());
    } catch (ApiException e) {
      return Optional.empty();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
