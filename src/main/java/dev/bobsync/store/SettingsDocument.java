package dev.bobsync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Objects;

/**
 * An integration's settings JSON: one object with a section per feature ({@code "remote"}, {@code
 * "timeoff"}, {@code "compensation"}), so each feature reads and writes only its own.
 */
public final class SettingsDocument {
  private final ObjectMapper json;

  public SettingsDocument(ObjectMapper json) {
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The section mapped onto {@code type}, or {@code fallback} when absent. */
  public <T> T section(String settingsJson, String name, Class<T> type, T fallback) {
    JsonNode node = root(settingsJson).get(name);
    if (node == null || node.isNull()) {
      return fallback;
    }
    try {
      return json.treeToValue(node, type);
    } catch (IOException e) {
      throw new StoreException("integration settings section \"" + name + "\" is unreadable", e);
    }
  }

  /** The document with {@code name} set to {@code value}, other sections kept as they are. */
  public String withSection(String settingsJson, String name, Object value) {
    ObjectNode root = root(settingsJson);
    root.set(name, json.valueToTree(value));
    return root.toString();
  }

  private ObjectNode root(String settingsJson) {
    if (settingsJson == null || settingsJson.isBlank()) {
      return json.createObjectNode();
    }
    try {
      JsonNode node = json.readTree(settingsJson);
      return node instanceof ObjectNode o ? o : json.createObjectNode();
    } catch (IOException e) {
      throw new StoreException("integration settings are not valid JSON", e);
    }
  }
}
