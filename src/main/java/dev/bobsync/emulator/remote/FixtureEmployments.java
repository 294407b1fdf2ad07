package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Turns the fixture's flat employment entries into stored employments. */
final class FixtureEmployments {
  private FixtureEmployments() {}

  /**
   * The employment an entry describes; unknown type or status is an {@link
   * IllegalArgumentException}.
   */
  static Employment toEmployment(RemoteFixture.EmploymentEntry entry, Ids ids, Instant now) {
    String id = entry.id() == null ? ids.next("employment") : entry.id();
    EmploymentType type =
        entry.type() == null
            ? EmploymentType.EMPLOYEE
            : EmploymentType.fromWire(entry.type())
                .orElseThrow(() -> invalid(id, "type", entry.type()));
    EmploymentStatus status =
        entry.status() == null
            ? EmploymentStatus.ACTIVE
            : EmploymentStatus.fromWire(entry.status())
                .orElseThrow(() -> invalid(id, "status", entry.status()));
    ObjectNode basic = JsonNodeFactory.instance.objectNode();
    putIfPresent(basic, "name", entry.fullName());
    putIfPresent(basic, "email", entry.personalEmail());
    putIfPresent(basic, "work_email", entry.workEmail());
    putIfPresent(basic, "job_title", entry.jobTitle());
    putIfPresent(basic, "provisional_start_date", entry.provisionalStartDate());
    Map<EmploymentForm, ObjectNode> forms = new EnumMap<>(EmploymentForm.class);
    forms.put(EmploymentForm.BASIC_INFORMATION, basic);
    putIfPresent(forms, EmploymentForm.ADDRESS_DETAILS, entry.addressDetails());
    putIfPresent(forms, EmploymentForm.EMERGENCY_CONTACT_DETAILS, entry.emergencyContactDetails());
    putIfPresent(forms, EmploymentForm.ADMINISTRATIVE_DETAILS, entry.administrativeDetails());
    putIfPresent(forms, EmploymentForm.CONTRACT_DETAILS, entry.contractDetails());
    putIfPresent(forms, EmploymentForm.PERSONAL_DETAILS, entry.personalDetails());
    return new Employment(
        id,
        type,
        status,
        entry.countryCode() == null ? "" : entry.countryCode(),
        entry.externalId(),
        entry.personalEmail(),
        entry.managerId(),
        entry.departmentId(),
        entry.legalEntityId(),
        entry.billToLegalEntityId(),
        forms,
        now,
        now);
  }

  private static IllegalArgumentException invalid(String id, String field, String value) {
    return new IllegalArgumentException(
        "employment " + id + ": " + field + " '" + value + "' is not a Remote " + field);
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static void putIfPresent(
      Map<EmploymentForm, ObjectNode> forms, EmploymentForm form, ObjectNode value) {
    if (value != null) {
      forms.put(form, value);
    }
  }
}
