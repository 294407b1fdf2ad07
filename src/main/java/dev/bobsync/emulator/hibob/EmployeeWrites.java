package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Applies employee JSON in HiBob's nested shape to a company snapshot: new hires and patches from
 * the control API, updates from {@code PUT /v1/people/{id}}, and terminations. Work and salary
 * changes also add a history-table row, as they do in HiBob.
 */
final class EmployeeWrites {
  /** Who writes: an HR admin (every stored field; list names accepted) or the public API. */
  enum Mode {
    ADMIN,
    API
  }

  /** The next snapshot, the employee as written, whether anything changed, the webhooks. */
  record Result(
      CompanySnapshot snapshot, Employee employee, boolean changed, List<CompanyEvent> events) {}

  private EmployeeWrites() {}

  /** Adds a hire; needs e-mail (unused so far), first name, surname and start date. */
  static Result hire(CompanySnapshot s, JsonNode shape, Instant now, LocalDate today) {
    FieldCatalogue fields = s.fields();
    NamedLists.Editor lists = s.lists().edit();
    Map<Field, Object> values =
        convert(EmployeeShape.flatten(shape, fields).values(), Mode.ADMIN, lists);
    for (String required :
        List.of(
            StandardFields.EMAIL,
            StandardFields.FIRST_NAME,
            StandardFields.SURNAME,
            StandardFields.START_DATE)) {
      if (values.get(fields.require(required)) == null) {
        throw new IllegalArgumentException("a new hire needs " + required);
      }
    }
    String email = values.get(fields.require(StandardFields.EMAIL)).toString();
    if (s.people().idOfEmail(email).isPresent()) {
      throw new IllegalStateException("an employee with e-mail " + email + " exists already");
    }
    Object givenId = values.remove(fields.require(StandardFields.ID));
    values.keySet().removeIf(Field::derived);
    String id = givenId != null ? givenId.toString() : newEmployeeId(s);
    if (s.people().byId(id).isPresent()) {
      throw new IllegalStateException("an employee with id " + id + " exists already");
    }
    resolveManager(s.people(), fields, values);
    LocalDate start = LocalDate.parse(values.get(fields.require(StandardFields.START_DATE)) + "");
    values.putIfAbsent(fields.require(StandardFields.STATUS), "Active");
    values.putIfAbsent(
        fields.require(StandardFields.LIFECYCLE_STATUS),
        start.isAfter(today) ? "hired" : "employed");
    values.putIfAbsent(fields.require(StandardFields.CREATED), now.toString());
    Employee hire = new Employee(id, new Object[fields.slotCount()]).with(values);
    Tables tables = s.tables().plusWork(id, workRow(hire, fields, start, today));
    SalaryEntry salary = salaryRow(hire, fields, start, today, "Hire");
    if (salary != null) {
      tables = tables.plusSalary(id, salary);
    }
    CompanySnapshot next = s.withPeople(s.people().with(hire, fields), tables, lists.build());
    return new Result(next, hire, true, List.of(CompanyEvent.employee("employee.created", id)));
  }

  /**
   * Changes an employee. In API mode only writable fields count (table fields, computed and unknown
   * ones are ignored) and list values must be item ids; {@code changed} false means 304.
   */
  static Result patch(
      CompanySnapshot s,
      String id,
      JsonNode shape,
      Mode mode,
      PermissionGroup caller,
      LocalDate today) {
    FieldCatalogue fields = s.fields();
    Employee current =
        s.people().byId(id).orElseThrow(() -> new NoSuchElementException("no employee " + id));
    Map<Field, JsonNode> given = new LinkedHashMap<>(EmployeeShape.flatten(shape, fields).values());
    given.keySet().removeIf(f -> f.derived() || (mode == Mode.API && !f.writable()));
    if (caller != null) {
      for (Field f : given.keySet()) {
        if (!caller.can(f.categoryId(), PermissionGroup.Action.EDIT)) {
          throw new SecurityException("no edit permission on section " + f.categoryId());
        }
      }
    }
    NamedLists.Editor lists = s.lists().edit();
    Map<Field, Object> values = convert(given, mode, lists);
    resolveManager(s.people(), fields, values);
    values.entrySet().removeIf(e -> Objects.equals(current.get(e.getKey()), e.getValue()));
    if (values.isEmpty()) {
      return new Result(s, current, false, List.of());
    }
    Employee updated = current.with(values);
    List<CompanyEvent> events = new ArrayList<>();
    events.add(CompanyEvent.employee("employee.updated", id));
    Tables tables = s.tables();
    if (values.keySet().stream().anyMatch(f -> StandardFields.WORK_TABLE.contains(f.id()))) {
      tables = tables.plusWork(id, workRow(updated, fields, today, today));
      events.add(tableEvent(id, "work", tables.nextEntryId() - 1));
    }
    if (values.keySet().stream().anyMatch(f -> StandardFields.SALARY_TABLE.contains(f.id()))) {
      SalaryEntry row = salaryRow(updated, fields, today, today, "Change");
      if (row != null) {
        tables = tables.plusSalary(id, row);
        events.add(tableEvent(id, "salaries", tables.nextEntryId() - 1));
      }
    }
    Field status = fields.require(StandardFields.STATUS);
    if (values.containsKey(status)) {
      boolean active = "Active".equals(updated.get(status));
      events.add(CompanyEvent.employee(active ? "employee.activated" : "employee.inactivated", id));
    }
    CompanySnapshot next = s.withPeople(s.people().with(updated, fields), tables, lists.build());
    return new Result(next, updated, true, events);
  }

  /** Makes an employee a leaver at once: Inactive, terminated, with date and reason. */
  static Result terminate(
      CompanySnapshot s, String id, LocalDate terminationDate, String reason, LocalDate today) {
    FieldCatalogue fields = s.fields();
    Employee current =
        s.people().byId(id).orElseThrow(() -> new NoSuchElementException("no employee " + id));
    if (!s.people().isActive(current)) {
      throw new IllegalStateException("employee " + id + " is inactive already");
    }
    Map<Field, Object> values = new LinkedHashMap<>();
    values.put(fields.require(StandardFields.STATUS), "Inactive");
    values.put(fields.require(StandardFields.LIFECYCLE_STATUS), "terminated");
    values.put(fields.require(StandardFields.TERMINATION_DATE), terminationDate.toString());
    values.put(fields.require(StandardFields.TERMINATION_REASON), reason);
    Employee leaver = current.with(values);
    CompanySnapshot next = s.withPeople(s.people().with(leaver, fields), s.tables(), s.lists());
    return new Result(
        next,
        leaver,
        true,
        List.of(
            CompanyEvent.employee("employee.left", id),
            CompanyEvent.employee("employee.inactivated", id)));
  }

  /** Converts given JSON values to stored ones; an admin's unknown list names become items. */
  static Map<Field, Object> convert(
      Map<Field, JsonNode> given, Mode mode, NamedLists.Editor lists) {
    Values.ListResolver resolver =
        mode == Mode.ADMIN
            ? lists::findOrAdd
            : (listId, value) ->
                lists
                    .find(listId, value)
                    .filter(itemId -> itemId.equals(value))
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "'" + value + "' is not an item id of list " + listId));
    Map<Field, Object> values = new LinkedHashMap<>();
    given.forEach((f, v) -> values.put(f, Values.toStored(f, v, resolver)));
    return values;
  }

  /** The current work-table row an employee's fields describe. */
  static WorkEntry workRow(Employee e, FieldCatalogue f, LocalDate effective, LocalDate created) {
    return new WorkEntry(
        0,
        effective,
        e.text(f.require(StandardFields.TITLE)),
        e.text(f.require(StandardFields.DEPARTMENT)),
        e.text(f.require(StandardFields.SITE)),
        e.text(f.require(StandardFields.REPORTS_TO)),
        created);
  }

  /** The salary-table row an employee's payroll fields describe, or null without a salary. */
  static SalaryEntry salaryRow(
      Employee e, FieldCatalogue f, LocalDate effective, LocalDate created, String reason) {
    Object yearly = e.get(f.require(StandardFields.YEARLY_PAYMENT));
    if (!(yearly instanceof Number amount)) {
      return null;
    }
    String period = e.text(f.require(StandardFields.PAY_PERIOD));
    Object hours = e.get(f.require(StandardFields.WEEKLY_HOURS));
    double weekly = hours instanceof Number n ? n.doubleValue() : 40;
    double divisor =
        switch (period == null ? "Annual" : period) {
          case "Monthly" -> 12;
          case "Weekly" -> 52;
          case "Daily" -> 260;
          case "Hourly" -> weekly * 52;
          default -> 1;
        };
    BigDecimal base =
        BigDecimal.valueOf(amount.doubleValue() / divisor).setScale(2, RoundingMode.HALF_UP);
    return new SalaryEntry(
        0,
        effective,
        Values.number(base),
        e.text(f.require(StandardFields.CURRENCY)),
        period == null ? "Annual" : period,
        e.text(f.require(StandardFields.PAY_FREQUENCY)),
        reason,
        created);
  }

  private static void resolveManager(People people, FieldCatalogue f, Map<Field, Object> values) {
    Field reportsTo = f.require(StandardFields.REPORTS_TO);
    Object ref = values.get(reportsTo);
    if (ref == null) {
      return;
    }
    String idOrEmail = ref.toString();
    String id =
        people
            .byIdOrEmail(idOrEmail)
            .map(Employee::id)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("reportsTo " + idOrEmail + ": no such employee"));
    values.put(reportsTo, id);
  }

  private static CompanyEvent tableEvent(String employeeId, String table, long entryId) {
    return new CompanyEvent(
        "table.entry.created",
        JsonMaps.of("employeeId", employeeId, "tableId", table, "entryId", entryId));
  }

  private static String newEmployeeId(CompanySnapshot s) {
    SplittableRandom random = new SplittableRandom(s.companyId() * 31 + s.people().size());
    String id;
    do {
      id = Long.toString(3_000_000_000_000_000_000L + random.nextLong(999_999_999_999_999_999L));
    } while (s.people().byId(id).isPresent());
    return id;
  }
}
