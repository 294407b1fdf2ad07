package dev.bobsync.sync.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the fields a write carries into the forms Remote takes, each filled from HiBob and checked
 * against its country schema first: a form bobsync cannot fill validly is not sent.
 */
public final class Forms {
  private final FormSchemas schemas;
  private final FormFiller filler;
  private final ObjectMapper json;

  public Forms(FormSchemas schemas, ObjectMapper json) {
    this.schemas = schemas;
    this.filler = new FormFiller(json);
    this.json = json;
  }

  /**
   * The forms among {@code forms} that carry any of {@code fields}, whole (a form is sent with
   * every value HiBob holds for it), valid or explained.
   */
  public PreparedForms prepare(
      Person p,
      String country,
      Set<Field> fields,
      Set<RemoteForm> forms,
      String managerId,
      String departmentId) {
    Map<RemoteForm, ObjectNode> blocks = new LinkedHashMap<>();
    List<PreparedForms.Problem> problems = new ArrayList<>();
    for (RemoteForm form : forms) {
      if (form.fields().stream().noneMatch(fields::contains)) {
        continue;
      }
      Optional<FormCheck> check = schemas.get(country, form.schemaName(p.syncType()));
      if (check.isEmpty()) {
        problems.add(new PreparedForms.Problem(form, country, Set.of(), List.of(), true));
        continue;
      }
      ObjectNode block = filler.fill(form, p, country, managerId, departmentId, parse(check.get()));
      FormCheck.Result result = check.get().check(block.toString());
      if (result.valid()) {
        blocks.put(form, block);
      } else {
        problems.add(
            new PreparedForms.Problem(form, country, result.missing(), result.invalid(), false));
      }
    }
    return new PreparedForms(blocks, problems);
  }

  /** Forgets the schema of a form Remote refused although it fitted. */
  public void distrust(Person p, String country, RemoteForm form) {
    schemas.forget(country, form.schemaName(p.syncType()));
  }

  private JsonNode parse(FormCheck check) {
    try {
      return json.readTree(check.source().schemaJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
