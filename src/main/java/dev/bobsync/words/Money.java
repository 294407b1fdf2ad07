package dev.bobsync.words;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Money in major units with its currency: "153,500 USD", never minor units. */
public final class Money {
  private Money() {}

  /** An amount in minor units (cents) of {@code currency}: 15350000, "USD" -> "153,500 USD". */
  public static String ofMinor(long minorUnits, String currency) {
    int digits = fractionDigits(currency);
    return major(BigDecimal.valueOf(minorUnits).movePointLeft(digits), currency);
  }

  /** An amount in major units: 153500.5, "EUR" -> "153,500.50 EUR"; whole amounts show no cents. */
  public static String major(BigDecimal amount, String currency) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    int digits = whole ? 0 : Math.max(2, Math.min(amount.stripTrailingZeros().scale(), 3));
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    String c = currency == null ? "" : currency.trim();
    return f.format(amount) + (c.isEmpty() ? "" : " " + c);
  }

  /**
   * A value stored as "MINOR CURRENCY" (how the sync keeps a salary: "15350000 USD") in words;
   * anything else is returned as it is.
   */
  public static String ofStored(String value) {
    if (value == null) {
      return "";
    }
    String[] parts = value.trim().split("\\s+");
    if (parts.length == 2 && parts[0].matches("-?\\d{1,18}") && parts[1].matches("[A-Za-z]{3}")) {
      return ofMinor(Long.parseLong(parts[0]), parts[1].toUpperCase(Locale.ROOT));
    }
    return value;
  }

  private static int fractionDigits(String currency) {
    try {
      int digits =
          Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (RuntimeException e) {
      return 2;
    }
  }
}
