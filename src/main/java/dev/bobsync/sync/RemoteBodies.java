package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.Person;
import java.util.Set;

/**
 * Writes Remote's employment bodies from a HiBob person: the whole body for a create (R4) and only
 * the changed fields for an update (R6, R8). Manager and department arrive already resolved to
 * Remote ids; a {@code null} id leaves the field out.
 */
final class RemoteBodies {
  private final ObjectMapper json;

  RemoteBodies(ObjectMapper json) {
    this.json = json;
  }

  /** The resolved references an employment body needs besides the person's own data. */
  record Refs(String managerId, String departmentId, String legalEntityId) {}

  /** A create: Remote takes the work e-mail inside {@code basic_information}. */
  ObjectNode create(Person p, Set<Field> fields, String countryCode, Refs refs) {
    ObjectNode body = json.createObjectNode();
    body.put("type", p.syncType().remoteType());
    body.put("country_code", countryCode);
    body.put("external_id", p.hibobId());
    if (refs.legalEntityId() != null) {
      body.put("engaged_by_legal_entity_id", refs.legalEntityId());
    }
    write(body, p, fields, countryCode, refs);
    ObjectNode basic = (ObjectNode) body.get("basic_information");
    if (body.has("work_email") && basic != null) {
      basic.set("work_email", body.remove("work_email"));
    }
    return body;
  }

  /** An update: Remote takes the work e-mail as a top-level {@code work_email}. */
  ObjectNode update(Person p, Set<Field> fields, String countryCode, Refs refs) {
    ObjectNode body = json.createObjectNode();
    write(body, p, fields, countryCode, refs);
    return body;
  }

  private void write(ObjectNode body, Person p, Set<Field> fields, String country, Refs refs) {
    ObjectNode basic = json.createObjectNode();
    for (Field field : fields) {
      switch (field) {
        case NAME -> basic.put("name", p.fullName());
        case PERSONAL_EMAIL -> basic.put("email", p.personalEmail());
        case WORK_EMAIL -> {
          if (p.workEmail() != null) {
            body.put("work_email", p.workEmail().trim());
          }
        }
        case JOB_TITLE -> basic.put("job_title", p.jobTitle().trim());
        case START_DATE -> basic.put("provisional_start_date", p.startDate().toString());
        case ADDRESS -> body.set("address_details", address(p.address(), country));
        case MANAGER -> {
          if (refs.managerId() != null) {
            body.put("manager_id", refs.managerId());
          }
        }
        case DEPARTMENT -> {
          if (refs.departmentId() != null) {
            body.put("department_id", refs.departmentId());
          }
        }
        case EMERGENCY_CONTACT ->
            body.set("emergency_contact_details", emergency(p.emergencyContact()));
        case SSN ->
            body.set(
                "administrative_details",
                json.createObjectNode().put("social_security_number", p.ssn().reveal()));
        case SALARY ->
            body.set(
                "contract_details",
                json.createObjectNode()
                    .put("annual_gross_salary", p.annualSalary().minorUnits())
                    .put("currency", p.annualSalary().currency()));
      }
    }
    if (!basic.isEmpty()) {
      body.set("basic_information", basic);
    }
  }

  private ObjectNode address(Person.Address a, String country) {
    ObjectNode node = json.createObjectNode();
    putIfSet(node, "address", a.line1());
    putIfSet(node, "address_line_2", a.line2());
    putIfSet(node, "city", a.city());
    putIfSet(node, "postal_code", a.postCode());
    putIfSet(node, "state", a.state());
    putIfSet(node, "country", country);
    return node;
  }

  private ObjectNode emergency(Person.EmergencyContact e) {
    ObjectNode node = json.createObjectNode();
    putIfSet(node, "name", e.name());
    putIfSet(node, "relationship", e.relation());
    putIfSet(node, "phone_number", e.phone());
    putIfSet(node, "email", e.email());
    return node;
  }

  private static void putIfSet(ObjectNode node, String key, String value) {
    if (value != null && !value.isBlank()) {
      node.put(key, value.trim());
    }
  }
}
