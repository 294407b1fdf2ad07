package dev.bobsync.hibob;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of an employee's salary history table ({@code GET /v1/people/{id}/salaries}).
 *
 * @param base the amount per {@code payPeriod}, or {@code null} when HiBob sent none
 * @param payPeriod HiBob's words: Annual, Monthly, Weekly, Daily, Hourly
 * @param current whether HiBob marks it as the row in force today
 */
public record SalaryRow(
    LocalDate effectiveDate,
    BigDecimal base,
    String currency,
    String payPeriod,
    String payFrequency,
    String reason,
    boolean current) {}
