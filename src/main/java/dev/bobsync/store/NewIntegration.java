package dev.bobsync.store;

import java.time.Duration;
import java.util.Objects;

/**
 * What it takes to create an integration; {@code remoteUrl} and {@code settingsJson} may be null.
 */
public record NewIntegration(
    String name,
    String hibobUrl,
    String remoteUrl,
    Credentials credentials,
    Duration syncInterval,
    String settingsJson) {
  public NewIntegration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hibobUrl, "hibobUrl");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(syncInterval, "syncInterval");
    if (name.isBlank()) {
      throw new IllegalArgumentException("The integration name must not be blank");
    }
    if (syncInterval.isNegative()) {
      throw new IllegalArgumentException("sync interval must not be negative: " + syncInterval);
    }
  }
}
