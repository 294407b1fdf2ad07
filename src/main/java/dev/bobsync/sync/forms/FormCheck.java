package dev.bobsync.sync.forms;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.bobsync.remote.FormSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One country form's schema, compiled with the networknt JSON Schema validator: checks a block
 * before it is sent, and says which Remote fields are missing or wrong.
 */
public final class FormCheck {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final FormSchema source;
  private final Schema schema;

  private FormCheck(FormSchema source, Schema schema) {
    this.source = source;
    this.schema = schema;
  }

  /** Compiles a schema Remote served. */
  public static FormCheck of(FormSchema source) {
    return new FormCheck(source, REGISTRY.getSchema(source.schemaJson(), InputFormat.JSON));
  }

  public FormSchema source() {
    return source;
  }

  /**
   * What Remote would refuse in {@code blockJson}.
   *
   * @param missing required fields left empty, by Remote's name
   * @param invalid other problems, as "field: what is wrong"
   */
  public record Result(Set<String> missing, List<String> invalid) {
    public boolean valid() {
      return missing.isEmpty() && invalid.isEmpty();
    }
  }

  public Result check(String blockJson) {
    Set<String> missing = new LinkedHashSet<>();
    List<String> invalid = new ArrayList<>();
    for (Error e : schema.validate(blockJson, InputFormat.JSON)) {
      String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
      at = at.replaceFirst("^\\$\\.?", "");
      if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
        missing.add(at.isEmpty() ? e.getProperty() : at + "." + e.getProperty());
      } else {
        invalid.add((at.isEmpty() ? "" : at + ": ") + e.getMessage());
      }
    }
    return new Result(missing, List.copyOf(invalid));
  }
}
