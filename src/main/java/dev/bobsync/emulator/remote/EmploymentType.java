package dev.bobsync.emulator.remote;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of employment the emulator accepts ({@code hris} is not emulated). */
public enum EmploymentType {
  EMPLOYEE("employee"),
  CONTRACTOR("contractor"),
  GLOBAL_PAYROLL_EMPLOYEE("global_payroll_employee");

  private final String wire;

  EmploymentType(String wire) {
    this.wire = wire;
  }

  /** The value Remote's API uses. */
  public String wire() {
    return wire;
  }

  /** Employee or contractor: a new one needs a start date in the future. */
  public boolean needsFutureStartDate() {
    return this != GLOBAL_PAYROLL_EMPLOYEE;
  }

  public static Optional<EmploymentType> fromWire(String value) {
    return Arrays.stream(values()).filter(t -> t.wire.equals(value)).findFirst();
  }
}
