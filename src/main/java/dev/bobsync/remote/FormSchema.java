package dev.bobsync.remote;

import java.util.Objects;

/**
 * One country form's JSON Schema, as {@code GET /v1/countries/{country}/{form}} serves it.
 *
 * @param form Remote's form name, e.g. {@code employment_basic_information}
 * @param version the schema's version when it names one, else {@code null}
 * @param schemaJson the schema itself (the answer's {@code data})
 */
public record FormSchema(String country, String form, String version, String schemaJson) {
  public FormSchema {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(schemaJson, "schemaJson");
  }
}
