package dev.bobsync.compensation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A person's pay, normalized (rule V2).
 *
 * @param base the base salary per {@code payPeriod}
 * @param annual the annualized base salary: base x periods a year (hourly: x weekly hours x 52)
 * @param annualFte {@code annual} scaled to a full-time equivalent (annual / FTE %)
 * @param variable variable pay by HiBob's type ("Bonus", "Commission"), in {@code currency}
 */
public record Salary(
    BigDecimal base,
    String currency,
    String payPeriod,
    String payFrequency,
    BigDecimal annual,
    BigDecimal annualFte,
    Map<String, BigDecimal> variable) {

  public Salary {
    variable = variable == null ? Map.of() : Map.copyOf(variable);
  }

  /** The sum of every variable pay type, or {@code null} when there is none. */
  public BigDecimal variableTotal() {
    return variable.isEmpty()
        ? null
        : variable.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
