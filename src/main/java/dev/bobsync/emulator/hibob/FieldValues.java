package dev.bobsync.emulator.hibob;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a field of an employee as HiBob answers it: stored values as they are, computed ones (full
 * name, age, manager, tenure...) from the rest, and the human-readable form of each.
 */
final class FieldValues {
  /** Dates in the calling user's format; the emulator's user reads day/month/year. */
  static final DateTimeFormatter HUMAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MM-dd");

  private final CompanySnapshot company;
  private final LocalDate today;
  private final Field email;
  private final Field firstName;
  private final Field surname;
  private final Field created;
  private final Field birthDate;
  private final Field startDate;
  private final Field site;
  private final Field reportsTo;
  private final Field status;
  private final Field country;

  FieldValues(CompanySnapshot company, LocalDate today) {
    this.company = company;
    this.today = today;
    FieldCatalogue f = company.fields();
    email = f.require(StandardFields.EMAIL);
    firstName = f.require(StandardFields.FIRST_NAME);
    surname = f.require(StandardFields.SURNAME);
    created = f.require(StandardFields.CREATED);
    birthDate = f.require(StandardFields.BIRTH_DATE);
    startDate = f.require(StandardFields.START_DATE);
    site = f.require(StandardFields.SITE);
    reportsTo = f.require(StandardFields.REPORTS_TO);
    status = f.require(StandardFields.STATUS);
    country = f.require(StandardFields.COUNTRY);
  }

  /** The raw value: String, Long, Double, Boolean or null; an employee field gives the id. */
  Object raw(Field field, Employee e) {
    if (!field.derived()) {
      return e.get(field);
    }
    return switch (field.id()) {
      case StandardFields.ID -> e.id();
      case "root.companyId" -> company.companyId();
      case "root.fullName", "root.displayName" -> displayName(e);
      case "root.state" -> state(e);
      case "root.creationDate" -> e.text(created) == null ? null : e.text(created).substring(0, 10);
      case "personal.age" ->
          date(e, birthDate) == null
              ? null
              : (long) Period.between(date(e, birthDate), today).getYears();
      case "personal.shortBirthDate" ->
          date(e, birthDate) == null ? null : date(e, birthDate).format(SHORT_DATE);
      case "work.siteId" -> siteId(e);
      case "work.reportsTo.email" -> manager(e) == null ? null : manager(e).text(email);
      case "work.manager" -> e.text(reportsTo);
      case "work.isManager" -> company.people().isManager(e.id());
      case "work.tenureYears" ->
          date(e, startDate) == null || date(e, startDate).isAfter(today)
              ? null
              : (long) Period.between(date(e, startDate), today).getYears();
      case "address.fullAddress" -> fullAddress(e);
      default -> null;
    };
  }

  /** What {@code humanReadable} shows: list item names, dd/MM/yyyy dates, Yes/No, names. */
  String humanReadable(Field field, Object raw) {
    if (raw == null) {
      return null;
    }
    return switch (field.type()) {
      case Field.LIST ->
          company
              .lists()
              .get(field.listId())
              .map(l -> l.nameOf(raw.toString()))
              .orElse(raw.toString());
      case "date" -> LocalDate.parse(raw.toString()).format(HUMAN_DATE);
      case "boolean" -> Boolean.TRUE.equals(raw) ? "Yes" : "No";
      case Field.EMPLOYEE, Field.EMPLOYEE_REFERENCE ->
          company.people().byId(raw.toString()).map(this::displayName).orElse(raw.toString());
      default -> raw.toString();
    };
  }

  FieldCatalogue catalogue() {
    return company.fields();
  }

  String displayName(Employee e) {
    return Stream.of(e.text(firstName), e.text(surname))
        .filter(Objects::nonNull)
        .collect(Collectors.joining(" "));
  }

  Employee manager(Employee e) {
    String id = e.text(reportsTo);
    return id == null ? null : company.people().byId(id).orElse(null);
  }

  private String state(Employee e) {
    if (!"Active".equals(e.get(status))) {
      return "disabled";
    }
    LocalDate start = date(e, startDate);
    return start != null && start.isAfter(today) ? "invited" : "active";
  }

  private Long siteId(Employee e) {
    String id = e.text(site);
    if (id == null) {
      return null;
    }
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException notNumeric) {
      return null;
    }
  }

  private String fullAddress(Employee e) {
    FieldCatalogue f = company.fields();
    String countryName = humanReadable(country, e.get(country));
    String joined =
        Stream.of(
                e.text(f.require("address.line1")),
                e.text(f.require("address.line2")),
                e.text(f.require("address.city")),
                e.text(f.require("address.postCode")),
                countryName)
            .filter(v -> v != null && !v.isBlank())
            .collect(Collectors.joining(", "));
    return joined.isEmpty() ? null : joined;
  }

  private static LocalDate date(Employee e, Field field) {
    String v = e.text(field);
    return v == null ? null : LocalDate.parse(v);
  }
}
