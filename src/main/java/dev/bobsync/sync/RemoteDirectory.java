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
 * Remote's company managers and departments, read at most once per run and only when a write or a
 * note needs them (managers may come from {@link ManagerCache}). A department HiBob has and Remote
 * lacks is created.
 */
final class RemoteDirectory {
  private final RemoteClient remote;
  private final Supplier<Map<String, String>> managerList;
  private final Supplier<String> companyId;
  private final Consumer<Department> onCreated;
  private final Map<String, String> departmentErrors = new HashMap<>();
  private Map<String, String> managers;
  private Map<String, String> departments;

  /**
   * {@code managerList}: Remote's managers by normalised e-mail, asked for only when a manager is
   * needed; {@code companyId}: the Remote company, asked for only when departments are needed.
   */
  RemoteDirectory(
      RemoteClient remote,
      Supplier<Map<String, String>> managerList,
      Supplier<String> companyId,
      Consumer<Department> onCreated) {
    this.remote = remote;
    this.managerList = managerList;
    this.companyId = companyId;
    this.onCreated = onCreated;
  }

  /** Reads Remote's company managers: user id by normalised e-mail. */
  static Map<String, String> readManagers(RemoteClient remote) {
    Map<String, String> byEmail = new HashMap<>();
    for (Manager m : remote.managers()) {
      byEmail.put(Emails.normalize(m.email()), m.userId());
    }
    return byEmail;
  }

  /** What Remote said when it refused to create a department this run, if it did. */
  String departmentError(String name) {
    return departmentErrors.get(key(name));
  }

  /** The manager's Remote user id by e-mail, if they are a company manager in Remote. */
  Optional<String> managerId(String email) {
    if (managers == null) {
      managers = managerList.get();
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
