package dev.bobsync.sync.plan;

import dev.bobsync.remote.Emails;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One HiBob employee as the sync sees them, normalized from a people search. A {@code null} field
 * was empty in HiBob or not visible to the service user (the snapshot says which).
 *
 * @param syncType the "Sync to Remote" value, or {@code null} when none is set
 * @param active whether HiBob's {@code internal.status} is Active
 * @param managerEmail the work e-mail of the person they report to
 * @param annualSalary the annual salary entered in HiBob, if any (Global Payroll only syncs it)
 * @param hidden the fields the service user cannot see, each with the HiBob permission that would
 *     show it: never written to Remote, never stood in for
 */
public record Person(
    String hibobId,
    String firstName,
    String surname,
    String workEmail,
    String privateEmail,
    SyncType syncType,
    boolean active,
    LocalDate terminationDate,
    LocalDate startDate,
    String jobTitle,
    String department,
    String managerEmail,
    Address address,
    EmergencyContact emergencyContact,
    Secret ssn,
    Money annualSalary,
    Map<Field, String> hidden) {

  public Person {
    Objects.requireNonNull(hibobId, "hibobId");
    hidden = hidden == null ? Map.of() : Map.copyOf(hidden);
  }

  /** A person the service user sees entirely. */
  public Person(
      String hibobId,
      String firstName,
      String surname,
      String workEmail,
      String privateEmail,
      SyncType syncType,
      boolean active,
      LocalDate terminationDate,
      LocalDate startDate,
      String jobTitle,
      String department,
      String managerEmail,
      Address address,
      EmergencyContact emergencyContact,
      Secret ssn,
      Money annualSalary) {
    this(
        hibobId,
        firstName,
        surname,
        workEmail,
        privateEmail,
        syncType,
        active,
        terminationDate,
        startDate,
        jobTitle,
        department,
        managerEmail,
        address,
        emergencyContact,
        ssn,
        annualSalary,
        Map.of());
  }

  /** This person with {@code hiddenFields} marked as not visible to the service user. */
  public Person withHidden(Map<Field, String> hiddenFields) {
    return new Person(
        hibobId,
        firstName,
        surname,
        workEmail,
        privateEmail,
        syncType,
        active,
        terminationDate,
        startDate,
        jobTitle,
        department,
        managerEmail,
        address,
        emergencyContact,
        ssn,
        annualSalary,
        hiddenFields);
  }

  /** Whether the service user can see every HiBob field {@code field} is made of. */
  public boolean sees(Field field) {
    return !hidden.containsKey(field);
  }

  /** "First Surname", trimmed; empty when HiBob has neither. */
  public String fullName() {
    String first = firstName == null ? "" : firstName.trim();
    String last = surname == null ? "" : surname.trim();
    return (first + " " + last).trim();
  }

  /**
   * The e-mail Remote gets as the personal (login) e-mail: the private one when it is valid, else
   * the work one; {@code null} when the private e-mail is hidden from the service user (the work
   * one never stands in for a value bobsync cannot see).
   */
  public String personalEmail() {
    if (!sees(Field.PERSONAL_EMAIL)) {
      return null;
    }
    String email = Emails.isValid(privateEmail) ? privateEmail : workEmail;
    return email == null ? null : email.trim();
  }

  /** A name to show an admin: the full name, else the work e-mail, else the HiBob id. */
  public String displayName() {
    if (!fullName().isEmpty()) {
      return fullName();
    }
    return workEmail != null ? workEmail : hibobId;
  }

  /** A postal address as HiBob holds it; {@code country} is HiBob's country name. */
  public record Address(
      String line1, String line2, String city, String postCode, String state, String country) {}

  /** HiBob's Emergency section. */
  public record EmergencyContact(String name, String relation, String phone, String email) {}

  /** An amount in minor units (cents) and its ISO currency. */
  public record Money(long minorUnits, String currency) {}
}
