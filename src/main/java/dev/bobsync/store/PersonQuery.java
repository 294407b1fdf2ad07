package dev.bobsync.store;

/**
 * Selects people of one integration: an optional status, an optional case-insensitive text found in
 * the display name or e-mail, optionally only those one run created or updated in Remote, and a
 * page ({@code limit}, {@code offset}).
 *
 * @param change {@code created} or {@code updated}, with {@code runId}; null for any
 */
public record PersonQuery(
    String status, String text, int limit, int offset, String change, String runId) {
  /** Created in Remote by the run. */
  public static final String CREATED = "created";

  /** Updated in Remote by the run. */
  public static final String UPDATED = "updated";

  public PersonQuery(String status, String text, int limit, int offset) {
    this(status, text, limit, offset, null, null);
  }

  public PersonQuery {
    if (change != null && !change.equals(CREATED) && !change.equals(UPDATED)) {
      throw new IllegalArgumentException("change must be created or updated: " + change);
    }
    if (change != null && runId == null) {
      throw new IllegalArgumentException("a change needs the run it happened in");
    }
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
    return new PersonQuery(status, text, limit, offset, change, runId);
  }

  /** This query restricted to people whose name or e-mail contains {@code text}; null for any. */
  public PersonQuery withText(String text) {
    return new PersonQuery(status, text, limit, offset, change, runId);
  }

  /** This query starting at {@code offset}. */
  public PersonQuery withOffset(int offset) {
    return new PersonQuery(status, text, limit, offset, change, runId);
  }

  /**
   * This query restricted to the people run {@code runId} created or updated in Remote and left
   * synced, as the run's counts count them; {@code change} null for any.
   */
  public PersonQuery withChange(String change, String runId) {
    return new PersonQuery(status, text, limit, offset, change, change == null ? null : runId);
  }
}
