package dev.bobsync.sync.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.sync.plan.Person;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Fills a Remote form from what HiBob holds, keeping only the keys the country's schema knows. A
 * new hire has no seniority date of their own ({@code has_seniority_date: "no"}): their seniority
 * starts with the start date bobsync sends.
 */
final class FormFiller {
  private final ObjectMapper json;

  FormFiller(ObjectMapper json) {
    this.json = json;
  }

  /**
   * The block of {@code form} for the person; {@code managerId} and {@code departmentId} (Remote
   * ids, or null) go into a basic information block whose schema has them.
   */
  ObjectNode fill(
      RemoteForm form,
      Person p,
      String country,
      String managerId,
      String departmentId,
      JsonNode schema) {
    ObjectNode block = json.createObjectNode();
    switch (form) {
      case BASIC_INFORMATION -> {
        put(block, "name", p.fullName());
        put(block, "email", p.personalEmail());
        put(block, "work_email", p.workEmail());
        put(block, "job_title", p.jobTitle());
        put(block, "provisional_start_date", p.startDate() == null ? null : p.startDate() + "");
        block.put("has_seniority_date", "no");
        if (departmentId != null) {
          block.putObject("department").put("id", departmentId);
        }
        if (managerId != null) {
          block.putObject("manager").put("id", managerId);
        }
      }
      case ADDRESS -> {
        Person.Address a = p.address();
        if (a != null) {
          put(block, "address", a.line1());
          put(block, "address_line_2", a.line2());
          put(block, "city", a.city());
          put(block, "postal_code", a.postCode());
          put(block, "state", a.state());
        }
        put(block, "country", country);
      }
      case EMERGENCY_CONTACT -> {
        Person.EmergencyContact e = p.emergencyContact();
        if (e != null) {
          put(block, "name", e.name());
          put(block, "relationship", e.relation());
          put(block, "phone_number", e.phone());
          put(block, "email", e.email());
        }
      }
      case ADMINISTRATIVE -> {
        if (p.ssn() != null) {
          put(block, "social_security_number", p.ssn().reveal());
        }
      }
      case CONTRACT -> {
        if (p.annualSalary() != null) {
          block.put("annual_gross_salary", p.annualSalary().minorUnits());
        }
      }
    }
    keepKnown(block, schema);
    return block;
  }

  /** Leaves out what the country's form does not have, so Remote never sees an unknown key. */
  private static void keepKnown(ObjectNode block, JsonNode schema) {
    JsonNode properties = schema.path("properties");
    if (!properties.isObject()) {
      return;
    }
    Set<String> known = new HashSet<>();
    properties.fieldNames().forEachRemaining(known::add);
    for (Iterator<String> it = block.fieldNames(); it.hasNext(); ) {
      if (!known.contains(it.next())) {
        it.remove();
      }
    }
  }

  private static void put(ObjectNode node, String key, String value) {
    if (value != null && !value.isBlank()) {
      node.put(key, value.trim());
    }
  }
}
