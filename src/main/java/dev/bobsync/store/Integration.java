package dev.bobsync.store;

import java.time.Duration;
import java.time.Instant;

/**
 * One connection of a HiBob account (to Remote and/or the compensation export). It never carries
 * credentials: read them with {@link Integrations#credentials(String)}.
 */
public record Integration(
    String id,
    String workspaceId,
    String name,
    String hibobUrl,
    String remoteUrl,
    Duration syncInterval,
    String settingsJson,
    String lastCheckJson,
    Instant lastCheckAt,
    Instant createdAt,
    Instant updatedAt,
    Instant removedAt) {

  /** Whether the integration was removed with its history kept. */
  public boolean removed() {
    return removedAt != null;
  }
}
