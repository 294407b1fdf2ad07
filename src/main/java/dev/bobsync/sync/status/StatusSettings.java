package dev.bobsync.sync.status;

/**
 * The "Remote status" write-back of one integration, kept in its settings document: off unless
 * switched on; the field's id once found or created; what HiBob last refused, for the admin.
 *
 * @param problem why the last writes stopped, in words, or {@code null}
 */
public record StatusSettings(boolean enabled, String fieldId, String problem) {
  /** The section of the integration's settings document. */
  public static final String SECTION = "remoteStatus";

  public static StatusSettings defaults() {
    return new StatusSettings(false, null, null);
  }

  public StatusSettings withEnabled(boolean on) {
    return new StatusSettings(on, fieldId, on ? problem : null);
  }

  public StatusSettings withFieldId(String id) {
    return new StatusSettings(enabled, id, problem);
  }

  public StatusSettings withProblem(String words) {
    return new StatusSettings(enabled, fieldId, words);
  }
}
