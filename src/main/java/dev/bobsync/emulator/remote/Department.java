package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A company department. */
public record Department(@JsonProperty("id") String id, @JsonProperty("name") String name) {
  public Department {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
