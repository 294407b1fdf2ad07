package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turns a JSON value given for a field into what an employee stores, by the field's type. */
final class Values {
  /** Finds the item id for a list value; throws {@link IllegalArgumentException} if it cannot. */
  @FunctionalInterface
  interface ListResolver {
    String itemId(String listId, String value);
  }

  private Values() {}

  /**
   * The stored form of {@code value}: dates as ISO strings, numbers as Long or Double, list values
   * as item ids, employee references as the id or e-mail given.
   */
  static Object toStored(Field field, JsonNode value, ListResolver lists) {
    if (value == null || value.isNull()) {
      return null;
    }
    switch (field.type()) {
      case "number":
        if (value.isNumber()) {
          return number(value.decimalValue());
        }
        try {
          return number(new BigDecimal(value.asText().trim()));
        } catch (NumberFormatException e) {
          throw bad(field, "a number", value);
        }
      case "boolean":
        if (value.isBoolean()) {
          return value.booleanValue();
        }
        if (value.asText().equals("true") || value.asText().equals("false")) {
          return Boolean.valueOf(value.asText());
        }
        throw bad(field, "true or false", value);
      case "date":
        try {
          return LocalDate.parse(value.asText()).toString();
        } catch (DateTimeParseException e) {
          throw bad(field, "a date (yyyy-MM-dd)", value);
        }
      case Field.LIST:
        requireScalar(field, value);
        return lists.itemId(field.listId(), value.asText());
      case Field.EMPLOYEE:
        if (value.isObject()) {
          JsonNode ref = value.hasNonNull("id") ? value.get("id") : value.get("email");
          if (ref == null || ref.isNull()) {
            throw bad(field, "an object with id or email", value);
          }
          return ref.asText();
        }
        requireScalar(field, value);
        return value.asText();
      default:
        requireScalar(field, value);
        return value.asText();
    }
  }

  /** A number as Long when it is whole, else Double, so JSON shows {@code 60000} not 60000.0. */
  static Number number(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
      return stripped.longValueExact();
    }
    return n.doubleValue();
  }

  static Number number(double d) {
    return number(BigDecimal.valueOf(d));
  }

  private static void requireScalar(Field field, JsonNode value) {
    if (!value.isValueNode()) {
      throw bad(field, "a single value", value);
    }
  }

  private static IllegalArgumentException bad(Field field, String expected, JsonNode value) {
    return new IllegalArgumentException(
        field.id() + " must be " + expected + ", not " + abbreviate(value.toString()));
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
