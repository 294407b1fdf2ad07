package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money in major units with its currency, never minor units. */
class MoneyTest {
  @Test
  void minorUnitsReadAsMajorUnitsWithTheCurrency() {
    assertThat(Money.ofMinor(15_350_000, "USD")).isEqualTo("153,500 USD");
    assertThat(Money.ofMinor(15_350_050, "EUR")).isEqualTo("153,500.50 EUR");
    // a currency without cents
    assertThat(Money.ofMinor(5_000_000, "JPY")).isEqualTo("5,000,000 JPY");
    assertThat(Money.major(new BigDecimal("1234.5"), "GBP")).isEqualTo("1,234.50 GBP");
  }

  @Test
  void aStoredSalaryReadsInMajorUnitsAndAnythingElseStays() {
    assertThat(Money.ofStored("15350000 USD")).isEqualTo("153,500 USD");
    assertThat(Money.ofStored("not money")).isEqualTo("not money");
    assertThat(Money.ofStored("100 XYZ")).isEqualTo("1 XYZ");
    assertThat(Money.ofStored(null)).isEmpty();
  }
}
