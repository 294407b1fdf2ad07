package dev.bobsync.sync;

import dev.bobsync.store.AuditEntry;
import java.util.List;

/**
 * One write bobsync made to HiBob's company settings while setting up rule R1 (the "Sync to Remote"
 * field or one of its list items), in words for the admin and as an audit entry.
 *
 * @param action {@code create_field} or {@code add_list_item}
 * @param description what was done, in the admin's words
 * @param field the field or list concerned, for the audit's fields column
 * @param afterJson what now exists in HiBob, as JSON (ids and names only)
 */
public record HibobWrite(String action, String description, String field, String afterJson) {
  /** The audit entry of this write; {@code runId} may be null (a connection check). */
  public AuditEntry audit(String integrationId, String runId, String actor) {
    return new AuditEntry(
        null,
        integrationId,
        runId,
        null,
        actor,
        "hibob",
        action,
        null,
        null,
        List.of(field),
        null,
        afterJson);
  }
}
