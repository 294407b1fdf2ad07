package dev.bobsync.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.bobsync.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Masks, anywhere in a JSON document, the values of keys that name a secret: SSNs, tax ids, tokens,
 * passwords, secrets, API keys. Keys are compared case-insensitively, ignoring {@code _}, {@code -}
 * and any path prefix ({@code payroll.ssn}, {@code /home/ssn}).
 */
public final class SecretMasker {
  /** What a masked value becomes. */
  public static final String MASK = "[masked]";

  private static final Set<String> SECRET_KEYS =
      Set.of(
          "ssn",
          "socialsecuritynumber",
          "taxid",
          "taxnumber",
          "taxidentificationnumber",
          "nationalid",
          "nationalidnumber",
          "token",
          "password",
          "secret",
          "apikey",
          "authorization",
          "iban",
          "bankaccountnumber");

  private final ObjectMapper json;

  public SecretMasker(ObjectMapper json) {
    this.json = json;
  }

  /** Whether a value under {@code key} is a secret. */
  public static boolean isSecretKey(String key) {
    String name = key.substring(Math.max(key.lastIndexOf('.'), key.lastIndexOf('/')) + 1);
    String normal = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    return SECRET_KEYS.contains(normal)
        || normal.endsWith("token")
        || normal.endsWith("password")
        || normal.endsWith("secret")
        || normal.endsWith("ssn");
  }

  /** {@code document} with its secrets masked; null stays null; {@code what} names it in errors. */
  public String mask(String document, String what) {
    if (document == null) {
      return null;
    }
    JsonNode root;
    try {
      root = json.readTree(document);
    } catch (JsonProcessingException e) {
      throw new StoreException(what + " is not valid JSON, so its secrets cannot be masked");
    }
    return mask(root) ? root.toString() : document;
  }

  private static boolean mask(JsonNode node) {
    boolean changed = false;
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> entry : entries) {
        if (isSecretKey(entry.getKey()) && !entry.getValue().isNull()) {
          object.set(entry.getKey(), TextNode.valueOf(MASK));
          changed = true;
        } else {
          changed |= mask(entry.getValue());
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        changed |= mask(element);
      }
    }
    return changed;
  }
}
