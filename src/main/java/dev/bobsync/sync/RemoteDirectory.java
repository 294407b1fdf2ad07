package dev.bobsync.sync;

import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.remote.Department;
import dev.bobsync.remote.Emails;
import dev.bobsync.remote.Manager;
import dev.bobsync.remote.RemoteClient;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Remote's company managers and departments, read once per run and only when a write needs them. A
 * department HiBob has and Remote lacks is created.
 */
final class RemoteDirectory {
  private final RemoteClient remote;
  private final Supplier<String> companyId;
  private final Consumer<Department> onCreated;
  private final Map<String, String> departmentErrors = new HashMap<>();
  private Map<String, String> managers;
  private Map<String, String> departments;

  /** {@code companyId}: the Remote company, asked for only when departments are needed. */
  RemoteDirectory(RemoteClient remote, Supplier<String> companyId, Consumer<Department> onCreated) {
    this.remote = remote;
    this.companyId = companyId;
    this.onCreated = onCreated;
  }

  /** What Remote said when it refused to create a department this run, if it did. */
  String departmentError(String name) {
    return departmentErrors.get(key(name));
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
      for (Department d : remote.departments(companyId.get())) {
        departments.put(key(d.name()), d.id());
      }
    }
    String id = departments.get(key(name));
    if (id != null) {
      return Optional.of(id);
    }
    if (departmentErrors.containsKey(key(name))) {
      return Optional.empty();
    }
    try {
      Department created = remote.createDepartment(companyId.get(), name.trim());
      departments.put(key(name), created.id());
      onCreated.accept(created);
      return Optional.of(created.id());
    } catch (ApiRejectedException e) {
      departmentErrors.put(key(name), e.apiMessage() == null ? "" : e.apiMessage());
      return Optional.empty();
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
  }
}
