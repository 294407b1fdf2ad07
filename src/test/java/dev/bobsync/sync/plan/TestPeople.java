package dev.bobsync.sync.plan;

import dev.bobsync.remote.Employment;
import java.time.LocalDate;

/** Builds HiBob people and Remote employments for planner tests. */
public final class TestPeople {
  static final LocalDate TODAY = LocalDate.parse("2026-11-22");

  private TestPeople() {}

  /** An active EOR new hire in Portugal starting in January. */
  public static Builder person(String id) {
    return new Builder(id);
  }

  static Employment employment(String id, String type, String status, String email) {
    return new Employment(
        id,
        type,
        status,
        "Ana Lima",
        email,
        email,
        null,
        "Engineer",
        LocalDate.parse("2027-01-04"),
        null,
        "PRT",
        null,
        null);
  }

  public static final class Builder {
    private final String id;
    private String first = "Ana";
    private String last = "Lima";
    private String workEmail;
    private String privateEmail;
    private SyncType type = SyncType.EMPLOYEE;
    private boolean active = true;
    private LocalDate start = LocalDate.parse("2027-01-04");
    private String title = "Engineer";
    private String department = "R&D";
    private String manager = "boss@acme.example";
    private Person.Address address =
        new Person.Address("Rua Augusta 1", null, "Lisboa", "1100-048", null, "Portugal");
    private Person.EmergencyContact emergency =
        new Person.EmergencyContact("Rui Lima", "Brother", "+351 900 000 000", null);
    private Secret ssn;
    private Person.Money salary;

    Builder(String id) {
      this.id = id;
      this.workEmail = "person" + id + "@acme.example";
    }

    Builder name(String f, String l) {
      first = f;
      last = l;
      return this;
    }

    Builder workEmail(String e) {
      workEmail = e;
      return this;
    }

    Builder privateEmail(String e) {
      privateEmail = e;
      return this;
    }

    Builder type(SyncType t) {
      type = t;
      return this;
    }

    Builder left() {
      active = false;
      return this;
    }

    Builder start(String date) {
      start = date == null ? null : LocalDate.parse(date);
      return this;
    }

    Builder title(String t) {
      title = t;
      return this;
    }

    Builder department(String d) {
      department = d;
      return this;
    }

    Builder manager(String m) {
      manager = m;
      return this;
    }

    Builder country(String c) {
      address = new Person.Address("1 Main St", null, "Austin", "78701", "TX", c);
      return this;
    }

    Builder noAddress() {
      address = null;
      return this;
    }

    Builder emergency(String name) {
      emergency = new Person.EmergencyContact(name, "Partner", "+1 555 0100", null);
      return this;
    }

    Builder ssn(String s) {
      ssn = Secret.of(s);
      return this;
    }

    Builder salary(long cents, String currency) {
      salary = new Person.Money(cents, currency);
      return this;
    }

    public Person build() {
      return new Person(
          id,
          first,
          last,
          workEmail,
          privateEmail,
          type,
          active,
          active ? null : TODAY,
          start,
          title,
          department,
          manager,
          address,
          emergency,
          ssn,
          salary);
    }
  }
}
