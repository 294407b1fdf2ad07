package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which of HiBob's documented answer shapes the emulator gives, where HiBob is known to answer in
 * more than one: set by a fixture's {@code answerShapes} or {@code PUT /_emulator/answer-shapes}.
 *
 * @param people how a people search writes each employee
 * @param fieldList whether field metadata is a bare array or {@code {"fields": [...]}}
 * @param fieldCategory which of {@code category} and {@code categoryId} field metadata carries
 * @param feedCreatedOn whether time-off feed entries carry {@code createdOn}
 */
public record AnswerShapes(
    People people, FieldList fieldList, FieldCategory fieldCategory, boolean feedCreatedOn) {

  /** How employees come back from a people search. */
  public enum People {
    /**
     * Nested objects by JSON path, plus a {@code "/a/b": {"value": ...}} key per non-null value.
     */
    NESTED_AND_SLASH,
    /** Nested objects only. */
    NESTED,
    /** Slash keys only, every value wrapped as {@code {"value": ...}} (nulls included). */
    SLASH,
    /** Slash keys only, values bare (nulls included). */
    SLASH_BARE
  }

  /** The top level of field metadata. */
  public enum FieldList {
    ARRAY,
    WRAPPED
  }

  /** The section keys of field metadata. */
  public enum FieldCategory {
    BOTH,
    CATEGORY,
    CATEGORY_ID
  }

  public static final AnswerShapes DEFAULT =
      new AnswerShapes(People.NESTED_AND_SLASH, FieldList.ARRAY, FieldCategory.BOTH, true);

  public AnswerShapes {
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(fieldList, "fieldList");
    Objects.requireNonNull(fieldCategory, "fieldCategory");
  }

  /**
   * These shapes with what {@code json} changes ({@code {"people": "slash", "fieldList": "wrapped",
   * "fieldCategory": "category_id", "feedCreatedOn": false}}, every key optional).
   */
  public AnswerShapes with(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("answer shapes are a JSON object");
    }
    return new AnswerShapes(
        json.has("people") ? pick(People.class, json.get("people"), "people") : people,
        json.has("fieldList")
            ? pick(FieldList.class, json.get("fieldList"), "fieldList")
            : fieldList,
        json.has("fieldCategory")
            ? pick(FieldCategory.class, json.get("fieldCategory"), "fieldCategory")
            : fieldCategory,
        json.has("feedCreatedOn") ? json.get("feedCreatedOn").asBoolean() : feedCreatedOn);
  }

  /** The shapes as the control API shows them. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("people", name(people));
    m.put("fieldList", name(fieldList));
    m.put("fieldCategory", name(fieldCategory));
    m.put("feedCreatedOn", feedCreatedOn);
    return m;
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> E pick(Class<E> type, JsonNode value, String key) {
    String v = value.asText("").trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        key
            + " must be one of "
            + Arrays.stream(type.getEnumConstants()).map(AnswerShapes::name).toList()
            + ", not "
            + value);
  }
}
