package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.sync.forms.PreparedForms;
import dev.bobsync.sync.forms.RemoteForm;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.Person;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes Remote's employment bodies: a create carries basic information only (R4, Remote's flow);
 * everything else goes in one update of form blocks and references. Manager and department arrive
 * already resolved to Remote ids; a {@code null} id leaves the field out.
 */
final class RemoteBodies {
  private final ObjectMapper json;

  RemoteBodies(ObjectMapper json) {
    this.json = json;
  }

  /** The resolved references an employment body needs besides the person's own data. */
  record Refs(String managerId, String departmentId, String legalEntityId) {}

  /** One piece of an update: a form block or a reference, with the person's fields it carries. */
  record Part(String key, Object value, Set<Field> fields, RemoteForm form) {
    void addTo(ObjectNode body) {
      if (value instanceof ObjectNode block) {
        body.set(key, block.deepCopy());
      } else {
        body.put(key, (String) value);
      }
    }
  }

  /** {@code POST /v1/employments}: country, type, external id, legal entity, basic information. */
  ObjectNode create(Person p, String countryCode, String legalEntityId, ObjectNode basic) {
    ObjectNode body = json.createObjectNode();
    body.put("type", p.syncType().remoteType());
    body.put("country_code", countryCode);
    body.put("external_id", p.hibobId());
    if (legalEntityId != null) {
      body.put("engaged_by_legal_entity_id", legalEntityId);
    }
    body.set("basic_information", basic);
    return body;
  }

  /** The parts of an update: every prepared form, then the references among {@code fields}. */
  List<Part> parts(Person p, PreparedForms forms, Set<Field> fields, Refs refs) {
    List<Part> parts = new ArrayList<>();
    forms
        .blocks()
        .forEach(
            (form, block) -> {
              ObjectNode sent = block.deepCopy();
              if (form == RemoteForm.BASIC_INFORMATION) {
                // References go top-level in an update; the work e-mail too.
                sent.remove(List.of("work_email", "department", "manager"));
              }
              parts.add(new Part(form.bodyKey(), sent, form.fields(), form));
            });
    if (fields.contains(Field.WORK_EMAIL) && p.workEmail() != null) {
      parts.add(new Part("work_email", p.workEmail().trim(), EnumSet.of(Field.WORK_EMAIL), null));
    }
    if (fields.contains(Field.MANAGER) && refs.managerId() != null) {
      parts.add(new Part("manager_id", refs.managerId(), EnumSet.of(Field.MANAGER), null));
    }
    if (fields.contains(Field.DEPARTMENT) && refs.departmentId() != null) {
      parts.add(new Part("department_id", refs.departmentId(), EnumSet.of(Field.DEPARTMENT), null));
    }
    return parts;
  }

  /** One update body of several parts. */
  ObjectNode body(List<Part> parts) {
    ObjectNode body = json.createObjectNode();
    parts.forEach(part -> part.addTo(body));
    return body;
  }
}
