package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams employees the way HiBob's search answers: nested objects by JSON path, a slash key
 * ({@code "/work/title": {"value": ...}}) per non-null value, and human-readable values appended or
 * in place. One instance serves one request.
 */
final class PeopleWriter {
  /** The {@code humanReadable} request option. */
  enum HumanReadable {
    NONE,
    APPEND,
    REPLACE
  }

  private static final SerializedString VALUE = new SerializedString("value");
  private static final SerializedString HUMAN_READABLE = new SerializedString("humanReadable");

  /** A level of the response object: children by name, or the index of the field it shows. */
  private static final class Node {
    final Map<SerializedString, Node> children = new LinkedHashMap<>();
    int leaf = -1;
  }

  private final FieldValues values;
  private final People people;
  private final List<Field> fields;
  private final HumanReadable mode;
  private final Node root = new Node();
  private final SerializableString[] slashKeys;
  private final Object[] raw;
  private final boolean nested;
  private final boolean withSlashKeys;
  private final boolean wrapped;

  /** {@code fields} are those the caller may see, in the order asked. */
  PeopleWriter(CompanySnapshot company, List<Field> fields, HumanReadable mode, LocalDate today) {
    this(company, fields, mode, today, AnswerShapes.People.NESTED_AND_SLASH);
  }

  /**
   * Employees in one of HiBob's documented shapes; {@link AnswerShapes.People#NESTED} is also the
   * plain view the control API shows.
   */
  PeopleWriter(
      CompanySnapshot company,
      List<Field> fields,
      HumanReadable mode,
      LocalDate today,
      AnswerShapes.People shape) {
    this.nested =
        shape == AnswerShapes.People.NESTED_AND_SLASH || shape == AnswerShapes.People.NESTED;
    this.withSlashKeys = shape != AnswerShapes.People.NESTED;
    this.wrapped = shape != AnswerShapes.People.SLASH_BARE;
    this.values = new FieldValues(company, today);
    this.people = company.people();
    this.fields = List.copyOf(fields);
    this.mode = mode;
    this.slashKeys = new SerializableString[fields.size()];
    this.raw = new Object[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      slashKeys[i] = new SerializedString("/" + f.id().replace('.', '/'));
      Node node = root;
      for (String part : f.jsonPath().split("\\.")) {
        if (node.leaf >= 0) {
          break;
        }
        node = node.children.computeIfAbsent(new SerializedString(part), k -> new Node());
      }
      if (node.leaf < 0) {
        node.leaf = i;
        node.children.clear();
      }
    }
  }

  /** Writes {@code {"employees": [...]}}. */
  void writeSearch(JsonGenerator g, Iterable<Employee> employees) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("employees");
    for (Employee e : employees) {
      writeEmployee(g, e);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  void writeEmployee(JsonGenerator g, Employee e) throws IOException {
    boolean any = false;
    for (int i = 0; i < raw.length; i++) {
      raw[i] = values.raw(fields.get(i), e);
      any |= raw[i] != null;
    }
    boolean replace = mode == HumanReadable.REPLACE;
    g.writeStartObject();
    if (nested) {
      writeNode(g, root, replace);
    }
    for (int i = 0; withSlashKeys && i < raw.length; i++) {
      // beside nested objects only non-null values have a slash key; alone, every field has one
      if (raw[i] != null || !nested) {
        g.writeFieldName(slashKeys[i]);
        if (wrapped) {
          g.writeStartObject();
          g.writeFieldName(VALUE);
        }
        writeValue(g, i, replace);
        if (wrapped) {
          g.writeEndObject();
        }
      }
    }
    if (mode == HumanReadable.APPEND && any) {
      g.writeFieldName(HUMAN_READABLE);
      writeHumanReadable(g, root);
    }
    g.writeEndObject();
  }

  private void writeNode(JsonGenerator g, Node node, boolean replace) throws IOException {
    for (Map.Entry<SerializedString, Node> child : node.children.entrySet()) {
      g.writeFieldName(child.getKey());
      Node n = child.getValue();
      if (n.leaf >= 0) {
        writeValue(g, n.leaf, replace);
      } else {
        g.writeStartObject();
        writeNode(g, n, replace);
        g.writeEndObject();
      }
    }
  }

  /** Only non-null values have a human-readable form, so empty branches are left out. */
  private void writeHumanReadable(JsonGenerator g, Node node) throws IOException {
    g.writeStartObject();
    for (Map.Entry<SerializedString, Node> child : node.children.entrySet()) {
      Node n = child.getValue();
      if (!hasValue(n)) {
        continue;
      }
      g.writeFieldName(child.getKey());
      if (n.leaf >= 0) {
        writeValue(g, n.leaf, true);
      } else {
        writeHumanReadable(g, n);
      }
    }
    g.writeEndObject();
  }

  private boolean hasValue(Node n) {
    if (n.leaf >= 0) {
      return raw[n.leaf] != null;
    }
    for (Node child : n.children.values()) {
      if (hasValue(child)) {
        return true;
      }
    }
    return false;
  }

  private void writeValue(JsonGenerator g, int i, boolean humanReadable) throws IOException {
    Object v = raw[i];
    Field field = fields.get(i);
    if (v == null) {
      g.writeNull();
    } else if (humanReadable) {
      g.writeString(values.humanReadable(field, v));
    } else if (field.type().equals(Field.EMPLOYEE)) {
      writeEmployeeRef(g, v.toString());
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(v.toString());
    }
  }

  /** An employee field ({@code work.reportsTo}) answers a small object, not just the id. */
  private void writeEmployeeRef(JsonGenerator g, String id) throws IOException {
    Employee ref = people.byId(id).orElse(null);
    g.writeStartObject();
    g.writeStringField("id", id);
    if (ref != null) {
      FieldCatalogue f = values.catalogue();
      g.writeStringField("email", ref.text(f.require(StandardFields.EMAIL)));
      g.writeStringField("firstName", ref.text(f.require(StandardFields.FIRST_NAME)));
      g.writeStringField("surname", ref.text(f.require(StandardFields.SURNAME)));
      g.writeStringField("displayName", values.displayName(ref));
    }
    g.writeEndObject();
  }
}
