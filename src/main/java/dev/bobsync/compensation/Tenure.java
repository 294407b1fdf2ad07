package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Years of service, to one decimal. */
public final class Tenure {
  private static final BigDecimal DAYS_A_YEAR = new BigDecimal("365.25");

  private Tenure() {}

  /**
   * Years from {@code start} to {@code today}, or to {@code left} when the person left before
   * today; {@code null} without a start date or before it.
   */
  public static BigDecimal years(LocalDate start, LocalDate left, LocalDate today) {
    if (start == null) {
      return null;
    }
    LocalDate end = left != null && left.isBefore(today) ? left : today;
    if (end.isBefore(start)) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(start, end);
    return BigDecimal.valueOf(days).divide(DAYS_A_YEAR, 1, RoundingMode.HALF_UP);
  }
}
