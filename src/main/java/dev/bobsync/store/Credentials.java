package dev.bobsync.store;

import java.util.Objects;

/**
 * The secrets of one integration: the HiBob service user and its token, and the Remote API token
 * (null for an integration that does not write to Remote). {@link #toString()} masks the tokens.
 */
public record Credentials(String hibobServiceUserId, String hibobToken, String remoteToken) {
  public Credentials {
    Objects.requireNonNull(hibobServiceUserId, "hibobServiceUserId");
    Objects.requireNonNull(hibobToken, "hibobToken");
  }

  @Override
  public String toString() {
    return "Credentials[hibobServiceUserId="
        + hibobServiceUserId
        + ", hibobToken=[masked], remoteToken="
        + (remoteToken == null ? "(none)" : "[masked]")
        + "]";
  }
}
