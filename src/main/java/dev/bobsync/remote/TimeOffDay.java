package dev.bobsync.remote;

import java.time.LocalDate;
import java.util.Objects;

/** Hours off on one day, as Remote's {@code timeoff_days} lists them. */
public record TimeOffDay(LocalDate day, int hours) {
  public TimeOffDay {
    Objects.requireNonNull(day, "day");
  }
}
