package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Assembles a company from parts, as fixtures and the generator describe them, and checks that the
 * parts fit (unique e-mails, managers that exist, requests of real employees).
 */
final class CompanyBuilder {
  private long companyId = 1;
  private String companyName = "Emulated company";
  private final Map<String, String> sectionNames =
      new LinkedHashMap<>(StandardFields.defaultSectionNames());
  private final List<ServiceUser> users = new ArrayList<>();
  private final List<PermissionGroup> groups = new ArrayList<>();
  private FieldCatalogue fields = FieldCatalogue.standard();
  private final NamedLists.Editor lists = new NamedLists(Map.of(), NamedLists.FIRST_ITEM_ID).edit();
  private final Map<String, Employee> employees = new LinkedHashMap<>();
  private final Set<String> emails = new HashSet<>();
  private final Map<String, List<WorkEntry>> work = new HashMap<>();
  private final Map<String, List<SalaryEntry>> salaries = new HashMap<>();
  private long nextEntryId = 1;
  private final TimeOffBook.Editor timeOff = TimeOffBook.empty().edit();
  private final Set<String> policyTypes = new LinkedHashSet<>();
  private final SplittableRandom ids = new SplittableRandom(7);

  CompanyBuilder() {
    fields.all().stream()
        .filter(f -> f.listId() != null)
        .forEach(f -> lists.ensureList(f.listId()));
  }

  CompanyBuilder company(long id, String name) {
    this.companyId = id;
    this.companyName = name;
    return this;
  }

  CompanyBuilder sectionName(String categoryId, String name) {
    sectionNames.put(categoryId, name);
    return this;
  }

  CompanyBuilder serviceUser(ServiceUser user) {
    users.add(user);
    return this;
  }

  CompanyBuilder permissionGroup(PermissionGroup group) {
    groups.add(group);
    return this;
  }

  CompanyBuilder policyType(String name) {
    policyTypes.add(name);
    return this;
  }

  /** Declares a custom field; a list field names its list, which is created if absent. */
  CompanyBuilder customField(
      String id, String name, String category, String type, String listName, boolean historical) {
    if (category.equals("root")) {
      throw new IllegalArgumentException("custom field " + id + ": Basic info takes none");
    }
    if (Field.LIST.equals(type)) {
      if (listName == null) {
        throw new IllegalArgumentException("custom list field " + id + " needs a listName");
      }
      lists.ensureList(listName);
    }
    fields = fields.withCustom(id, name, category, type, listName, null, historical);
    sectionNames.putIfAbsent(category, category);
    return this;
  }

  CompanyBuilder listItem(
      String listName, String id, String name, boolean archived, String parent) {
    lists.addItem(listName, id, name, archived, parent);
    return this;
  }

  /** Resolves a list value given as item id or name; unknown names become new items. */
  String listValue(String listName, String idOrName) {
    return lists.findOrAdd(listName, idOrName);
  }

  /** Adds an employee given in HiBob's nested shape; managers may be named by id or e-mail. */
  String employee(JsonNode shape) {
    Map<Field, Object> values =
        EmployeeWrites.convert(
            EmployeeShape.flatten(shape, fields).values(), EmployeeWrites.Mode.ADMIN, lists);
    Object givenId = values.remove(fields.require(StandardFields.ID));
    values.keySet().removeIf(Field::derived);
    String id = givenId != null ? givenId.toString() : newId();
    if (employees.containsKey(id)) {
      throw new IllegalArgumentException("employee id " + id + " appears twice");
    }
    Object email = values.get(fields.require(StandardFields.EMAIL));
    if (email == null) {
      throw new IllegalArgumentException("employee " + id + " has no email");
    }
    if (!emails.add(email.toString().toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("email " + email + " appears twice");
    }
    Field status = fields.require(StandardFields.STATUS);
    values.putIfAbsent(status, "Active");
    values.putIfAbsent(
        fields.require(StandardFields.LIFECYCLE_STATUS),
        "Active".equals(values.get(status)) ? "employed" : "terminated");
    Object start = values.get(fields.require(StandardFields.START_DATE));
    if (start != null) {
      Instant created =
          LocalDate.parse(start.toString())
              .minusDays(30)
              .atTime(LocalTime.of(9, 0))
              .toInstant(ZoneOffset.UTC);
      values.putIfAbsent(fields.require(StandardFields.CREATED), created.toString());
    }
    employees.put(id, new Employee(id, new Object[fields.slotCount()]).with(values));
    return id;
  }

  CompanyBuilder workRow(String employeeId, WorkEntry row) {
    work.computeIfAbsent(employeeId, k -> new ArrayList<>()).add(row.withId(nextEntryId++));
    return this;
  }

  CompanyBuilder salaryRow(String employeeId, SalaryEntry row) {
    salaries.computeIfAbsent(employeeId, k -> new ArrayList<>()).add(row.withId(nextEntryId++));
    return this;
  }

  /** The time-off book being filled: create requests, then approve, change or delete them. */
  TimeOffBook.Editor timeOff() {
    return timeOff;
  }

  HibobCompany build() {
    resolveManagers();
    Map<String, List<WorkEntry>> workTable = new HashMap<>(work);
    Map<String, List<SalaryEntry>> salaryTable = new HashMap<>(salaries);
    for (Employee e : employees.values()) {
      String start = e.text(fields.require(StandardFields.START_DATE));
      LocalDate effective = start == null ? LocalDate.of(2000, 1, 1) : LocalDate.parse(start);
      workTable.computeIfAbsent(
          e.id(),
          k ->
              List.of(
                  EmployeeWrites.workRow(e, fields, effective, effective).withId(nextEntryId++)));
      SalaryEntry salary = EmployeeWrites.salaryRow(e, fields, effective, effective, "Hire");
      if (salary != null) {
        salaryTable.computeIfAbsent(e.id(), k -> List.of(salary.withId(nextEntryId++)));
      }
    }
    TimeOffBook book = timeOff.build();
    for (TimeOffRequest r : book.requests()) {
      if (!employees.containsKey(r.employeeId())) {
        throw new IllegalArgumentException(
            "time-off request " + r.requestId() + " is for unknown employee " + r.employeeId());
      }
      policyTypes.add(r.policyType());
    }
    if (policyTypes.isEmpty()) {
      policyTypes.addAll(List.of("Holiday", "Sick"));
    }
    return new HibobCompany(
        new CompanySnapshot(
            companyId,
            companyName,
            sectionNames,
            new Access(users, groups),
            fields,
            lists.build(),
            People.of(employees.values(), fields),
            new Tables(workTable, salaryTable, nextEntryId),
            book,
            List.copyOf(policyTypes)));
  }

  /** The id of the employee with this id or work e-mail, if any was added. */
  String idOf(String idOrEmail) {
    if (employees.containsKey(idOrEmail)) {
      return idOrEmail;
    }
    Field email = fields.require(StandardFields.EMAIL);
    return employees.values().stream()
        .filter(e -> idOrEmail.equalsIgnoreCase(e.text(email)))
        .map(Employee::id)
        .findFirst()
        .orElse(null);
  }

  private void resolveManagers() {
    Field email = fields.require(StandardFields.EMAIL);
    Field reportsTo = fields.require(StandardFields.REPORTS_TO);
    Map<String, String> idByEmail = new HashMap<>();
    employees.values().forEach(e -> idByEmail.put(e.text(email).toLowerCase(Locale.ROOT), e.id()));
    for (Employee e : List.copyOf(employees.values())) {
      String ref = e.text(reportsTo);
      if (ref == null || employees.containsKey(ref)) {
        continue;
      }
      String id = idByEmail.get(ref.toLowerCase(Locale.ROOT));
      if (id == null) {
        throw new IllegalArgumentException(
            "employee " + e.id() + " reports to " + ref + ", who is not in the company");
      }
      employees.put(e.id(), e.with(Map.of(reportsTo, id)));
    }
  }

  private String newId() {
    String id;
    do {
      id = Long.toString(3_000_000_000_000_000_000L + ids.nextLong(999_999_999_999_999_999L));
    } while (employees.containsKey(id));
    return id;
  }
}
