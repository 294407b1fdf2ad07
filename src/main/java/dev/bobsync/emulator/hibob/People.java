package dev.bobsync.emulator.hibob;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Every employee of the company in creation order, with the indexes reads need. Immutable. */
final class People {
  private final Map<String, Employee> byId;
  private final Map<String, String> idByEmail;
  private final Set<String> managerIds;
  private final Field email;
  private final Field reportsTo;
  private final Field status;

  private People(Map<String, Employee> byId, FieldCatalogue fields) {
    this.byId = Collections.unmodifiableMap(byId);
    this.idByEmail = new HashMap<>();
    this.managerIds = new HashSet<>();
    this.email = fields.require(StandardFields.EMAIL);
    this.reportsTo = fields.require(StandardFields.REPORTS_TO);
    this.status = fields.require(StandardFields.STATUS);
    for (Employee e : byId.values()) {
      String mail = e.text(email);
      if (mail != null) {
        idByEmail.put(mail.toLowerCase(Locale.ROOT), e.id());
      }
      String manager = e.text(reportsTo);
      if (manager != null) {
        managerIds.add(manager);
      }
    }
  }

  /** New people sharing {@code same}'s indexes, which no change of theirs touches. */
  private People(Map<String, Employee> byId, People same) {
    this.byId = Collections.unmodifiableMap(byId);
    this.idByEmail = same.idByEmail;
    this.managerIds = same.managerIds;
    this.email = same.email;
    this.reportsTo = same.reportsTo;
    this.status = same.status;
  }

  static People of(Collection<Employee> employees, FieldCatalogue fields) {
    Map<String, Employee> byId = new LinkedHashMap<>();
    employees.forEach(e -> byId.put(e.id(), e));
    return new People(byId, fields);
  }

  /** A copy with this employee added, or replacing the one with the same id. */
  People with(Employee employee, FieldCatalogue fields) {
    Map<String, Employee> next = new LinkedHashMap<>(byId);
    Employee old = next.put(employee.id(), employee);
    boolean indexesHold =
        old != null
            && Objects.equals(old.text(email), employee.text(email))
            && Objects.equals(old.text(reportsTo), employee.text(reportsTo));
    // rebuilding the indexes costs a pass over everyone: only when an e-mail or manager changed
    return indexesHold ? new People(next, this) : new People(next, fields);
  }

  Optional<Employee> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Finds by id, else by work e-mail (case-insensitive), as {@code /v1/people/{idOrEmail}}. */
  Optional<Employee> byIdOrEmail(String idOrEmail) {
    Employee e = byId.get(idOrEmail);
    if (e != null) {
      return Optional.of(e);
    }
    return Optional.ofNullable(idByEmail.get(idOrEmail.toLowerCase(Locale.ROOT))).map(byId::get);
  }

  Optional<String> idOfEmail(String mail) {
    return Optional.ofNullable(idByEmail.get(mail.toLowerCase(Locale.ROOT)));
  }

  Collection<Employee> all() {
    return byId.values();
  }

  int size() {
    return byId.size();
  }

  boolean isManager(String id) {
    return managerIds.contains(id);
  }

  boolean isActive(Employee e) {
    return "Active".equals(e.get(status));
  }
}
