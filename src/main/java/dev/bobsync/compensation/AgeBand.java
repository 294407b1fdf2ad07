package dev.bobsync.compensation;

import java.time.LocalDate;
import java.time.Period;

/** Ten-year age bands, what an anonymous export gives instead of a date of birth (rule V3). */
public final class AgeBand {
  private AgeBand() {}

  /** "under 25", "25-34", ..., "65 and over"; {@code null} without a date of birth. */
  public static String of(LocalDate birthDate, LocalDate today) {
    if (birthDate == null || birthDate.isAfter(today)) {
      return null;
    }
    int age = Period.between(birthDate, today).getYears();
    if (age < 25) {
      return "under 25";
    }
    if (age >= 65) {
      return "65 and over";
    }
    int low = 25 + (age - 25) / 10 * 10;
    return low + "-" + (low + 9);
  }
}
