package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** HiBob's salary pay periods and how many of each make a year. */
public enum PayPeriod {
  ANNUAL(BigDecimal.ONE),
  MONTHLY(BigDecimal.valueOf(12)),
  WEEKLY(BigDecimal.valueOf(52)),
  /** 52 weeks of 5 working days. */
  DAILY(BigDecimal.valueOf(260)),
  /** Weekly hours times 52. */
  HOURLY(null);

  private static final BigDecimal WEEKS = BigDecimal.valueOf(52);

  private final BigDecimal perYear;

  PayPeriod(BigDecimal perYear) {
    this.perYear = perYear;
  }

  /** The period HiBob names ("Annual", "Monthly", ...; "Yearly" too), ignoring case. */
  public static Optional<PayPeriod> parse(String hibobName) {
    if (hibobName == null) {
      return Optional.empty();
    }
    return switch (hibobName.trim().toLowerCase(Locale.ROOT)) {
      case "annual", "annually", "yearly", "year" -> Optional.of(ANNUAL);
      case "monthly", "month" -> Optional.of(MONTHLY);
      case "weekly", "week" -> Optional.of(WEEKLY);
      case "daily", "day" -> Optional.of(DAILY);
      case "hourly", "hour" -> Optional.of(HOURLY);
      default -> Optional.empty();
    };
  }

  /** Periods in a year; for hourly pay {@code weeklyHours} x 52, empty without weekly hours. */
  public Optional<BigDecimal> perYear(BigDecimal weeklyHours) {
    if (this != HOURLY) {
      return Optional.of(perYear);
    }
    if (weeklyHours == null || weeklyHours.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(weeklyHours.multiply(WEEKS));
  }
}
