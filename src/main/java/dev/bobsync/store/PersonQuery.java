package dev.bobsync.store;

/**
 * Selects people of one integration: an optional status, an optional case-insensitive text found in
 * the display name or e-mail, and a page ({@code limit}, {@code offset}).
 */
public record PersonQuery(String status, String text, int limit, int offset) {
  public PersonQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
  }

  /** Everyone, first {@code limit} by display name. */
  public static PersonQuery first(int limit) {
    return new PersonQuery(null, null, limit, 0);
  }

  /** This query restricted to one status; null for any. */
  public PersonQuery withStatus(String status) {
    return new PersonQuery(status, text, limit, offset);
  }

  /** This query restricted to people whose name or e-mail contains {@code text}; null for any. */
  public PersonQuery withText(String text) {
    return new PersonQuery(status, text, limit, offset);
  }

  /** This query starting at {@code offset}. */
  public PersonQuery withOffset(int offset) {
    return new PersonQuery(status, text, limit, offset);
  }
}
