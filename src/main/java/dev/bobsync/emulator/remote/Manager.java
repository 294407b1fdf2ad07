package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A company manager: the people an employment's {@code manager_id} may name. */
public record Manager(
    @JsonProperty("user_id") String userId,
    @JsonProperty("user_email") String userEmail,
    @JsonProperty("user_name") String userName,
    @JsonProperty("role") String role) {
  public Manager {
    Objects.requireNonNull(userId, "user_id");
    Objects.requireNonNull(userEmail, "user_email");
    role = role == null ? "admin" : role;
    userName = userName == null ? userEmail.replaceFirst("@.*", "") : userName;
  }

  /** A manager whose name is taken from the e-mail's local part. */
  public Manager(String userId, String userEmail, String role) {
    this(userId, userEmail, null, role);
  }

  @JsonCreator
  static Manager fromJson(
      @JsonProperty("user_id") String userId,
      @JsonProperty("user_email") String userEmail,
      @JsonProperty("user_name") String userName,
      @JsonProperty("role") String role) {
    return new Manager(userId, userEmail, userName, role);
  }
}
