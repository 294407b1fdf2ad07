package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A company manager: the people an employment's {@code manager_id} may name. */
public record Manager(
    @JsonProperty("user_id") String userId,
    @JsonProperty("user_email") String userEmail,
    @JsonProperty("role") String role) {
  public Manager {
    Objects.requireNonNull(userId, "user_id");
    Objects.requireNonNull(userEmail, "user_email");
    role = role == null ? "admin" : role;
  }
}
