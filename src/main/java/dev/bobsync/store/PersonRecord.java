package dev.bobsync.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The sync state of one HiBob person in one integration: the link to a Remote employment, the
 * status shown to admins and what was last written. The sync owns the meaning of {@code syncType},
 * {@code status} and {@code reasonCode}; {@code updatedAt} is set by the store on save.
 */
public record PersonRecord(
    String integrationId,
    String hibobId,
    String displayName,
    String email,
    String syncType,
    String remoteId,
    String remoteStatus,
    String status,
    String reasonCode,
    String message,
    String lastChange,
    String writtenStateJson,
    Instant createStartedAt,
    Instant updatedAt) {
  public PersonRecord {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobId, "hibobId");
    // what HiBob holds may not fit the columns; the sync holds such a person with INVALID_FIELD
    displayName = StoredText.fit(displayName, 1000);
    email = StoredText.fit(email, 1000);
    message = StoredText.fit(message, 100_000);
  }
}
