package dev.bobsync.emulator.hibob;

import java.util.Objects;

/** A HiBob service user: the id and token of Basic auth, and its permission group or null. */
public record ServiceUser(String id, String token, String permissionGroup) {
  public ServiceUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(token, "token");
  }

  @Override
  public String toString() {
    return "ServiceUser[id=" + id + ", permissionGroup=" + permissionGroup + "]";
  }
}
