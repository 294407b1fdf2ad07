package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-country JSON-Schema forms Remote serves at {@code GET /v1/countries/{code}/{form}}, read
 * from {@code country-forms.json}: base schemas, forms sharing a schema, and each country's
 * changes. Thread-safe; every form is built and compiled once.
 */
final class CountryForms {
  private static final String RESOURCE = "country-forms.json";

  private final ObjectNode catalogue;
  private final Map<String, Optional<CountryForm>> built = new ConcurrentHashMap<>();

  private CountryForms(ObjectNode catalogue) {
    this.catalogue = catalogue;
  }

  /** The catalogue shipped with the emulator. */
  static CountryForms standard() {
    return Holder.STANDARD;
  }

  /** Whether the emulator serves forms, and so employments, in {@code countryCode}. */
  boolean serves(String countryCode) {
    return countryCode != null && catalogue.path("countries").has(countryCode);
  }

  /** The served countries' alpha-3 codes. */
  List<String> countries() {
    List<String> codes = new ArrayList<>();
    catalogue.path("countries").fieldNames().forEachRemaining(codes::add);
    return codes;
  }

  /** The form names served in a country, as a country object's {@code supported_json_schemas}. */
  List<String> supported(String countryCode) {
    List<String> names = new ArrayList<>();
    if (!serves(countryCode)) {
      return names;
    }
    catalogue.path("forms").fieldNames().forEachRemaining(names::add);
    catalogue.path("aliases").fieldNames().forEachRemaining(names::add);
    catalogue
        .path("countries")
        .path(countryCode)
        .path("excluded_forms")
        .forEach(n -> names.remove(n.asText()));
    return names;
  }

  /** One country's form, or empty when Remote would answer 404. */
  Optional<CountryForm> find(String countryCode, String form) {
    if (!serves(countryCode) || form == null || !supported(countryCode).contains(form)) {
      return Optional.empty();
    }
    return built.computeIfAbsent(countryCode + "/" + form, k -> build(countryCode, form));
  }

  private Optional<CountryForm> build(String countryCode, String form) {
    String base = catalogue.path("aliases").path(form).asText(form);
    JsonNode definition = catalogue.path("forms").path(base);
    if (!definition.isObject()) {
      return Optional.empty();
    }
    ObjectNode schema = definition.get("schema").deepCopy();
    int version = definition.path("version").asInt(1);
    JsonNode overrides = catalogue.path("overrides").path(countryCode);
    for (String name : base.equals(form) ? List.of(form) : List.of(base, form)) {
      JsonNode override = overrides.path(name);
      if (override.isObject()) {
        version = Math.max(version, override.path("version").asInt(version));
        apply(schema, (ObjectNode) override);
      }
    }
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", form + " (" + countryCode + ")");
    return Optional.of(new CountryForm(countryCode, form, version, schema));
  }

  /** Adds or replaces properties; a {@code required} list replaces the base one. */
  private static void apply(ObjectNode schema, ObjectNode override) {
    ObjectNode properties = (ObjectNode) schema.get("properties");
    for (Iterator<Map.Entry<String, JsonNode>> it = override.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      properties.set(property.getKey(), property.getValue().deepCopy());
    }
    JsonNode required = override.get("required");
    if (required instanceof ArrayNode list) {
      schema.set("required", list.deepCopy());
    }
  }

  private static final class Holder {
    static final CountryForms STANDARD = load();

    private static CountryForms load() {
      ObjectMapper mapper = Json.newMapper();
      try (InputStream in = CountryForms.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        return new CountryForms((ObjectNode) mapper.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
