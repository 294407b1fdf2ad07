package dev.bobsync.sync.plan;

import dev.bobsync.remote.Emails;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One HiBob employee as the sync sees them, normalized from a people search. A {@code null} field
 * was empty in HiBob or not visible to the service user (the snapshot says which).
 *
 * @param syncType the "Sync to Remote" value, or {@code null} when none is set
 * @param active whether HiBob's {@code internal.status} is Active
 * @param managerEmail the work e-mail of the person they report to
 * @param annualSalary the annual salary entered in HiBob, if any (Global Payroll only syncs it)
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
    Money annualSalary) {

  public Person {
    Objects.requireNonNull(hibobId, "hibobId");
  }

  /** "First Surname", trimmed; empty when HiBob has neither. */
  public String fullName() {
    String first = firstName == null ? "" : firstName.trim();
    String last = surname == null ? "" : surname.trim();
    return (first + " " + last).trim();
  }

  /**
   * The e-mail Remote gets as the personal (login) e-mail: the private one when it is valid, else
   * the work one.
   */
  public String personalEmail() {
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
