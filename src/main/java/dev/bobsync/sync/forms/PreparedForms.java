package dev.bobsync.sync.forms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.sync.plan.Field;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of one write that fit their country schema, and what could not be filled.
 *
 * @param blocks form to its block, each valid against its schema
 * @param problems the forms left out, and why
 */
public record PreparedForms(Map<RemoteForm, ObjectNode> blocks, List<Problem> problems) {
  public PreparedForms {
    blocks = new LinkedHashMap<>(blocks);
    problems = List.copyOf(problems);
  }

  /**
   * A form bobsync could not send.
   *
   * @param missing Remote fields the form requires and HiBob does not hold
   * @param invalid values HiBob holds that the form refuses
   * @param noSchema Remote has no such form for the country (404)
   */
  public record Problem(
      RemoteForm form,
      String country,
      Set<String> missing,
      List<String> invalid,
      boolean noSchema) {}

  /** The person's fields carried by the blocks. */
  public Set<Field> fields() {
    Set<Field> fields = EnumSet.noneOf(Field.class);
    blocks.keySet().forEach(f -> fields.addAll(f.fields()));
    return fields;
  }
}
