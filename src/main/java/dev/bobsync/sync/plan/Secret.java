package dev.bobsync.sync.plan;

import java.util.Objects;

/** A value that must never be printed, logged or returned: an SSN. */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a value; a blank one becomes {@code null}. */
  public static Secret of(String value) {
    return value == null || value.isBlank() ? null : new Secret(value.trim());
  }

  /** The value, for the one place that sends it. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return "[masked]";
  }
}
