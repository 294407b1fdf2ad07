package dev.bobsync.emulator.remote;

import java.util.Arrays;
import java.util.Optional;

/** The JSON objects ("forms") an employment carries, by their wire names. */
public enum EmploymentForm {
  BASIC_INFORMATION("basic_information"),
  PERSONAL_DETAILS("personal_details"),
  ADDRESS_DETAILS("address_details"),
  ADMINISTRATIVE_DETAILS("administrative_details"),
  EMERGENCY_CONTACT_DETAILS("emergency_contact_details"),
  CONTRACT_DETAILS("contract_details"),
  BANK_ACCOUNT_DETAILS("bank_account_details"),
  BILLING_ADDRESS_DETAILS("billing_address_details"),
  PRICING_PLAN_DETAILS("pricing_plan_details");

  private final String wire;

  EmploymentForm(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }

  /** The country form ({@code GET /v1/countries/{code}/{form}}) this block must fit. */
  public String countryForm(EmploymentType type) {
    return switch (this) {
      case BASIC_INFORMATION ->
          switch (type) {
            case EMPLOYEE -> "employment_basic_information";
            case CONTRACTOR -> "contractor_basic_information";
            case GLOBAL_PAYROLL_EMPLOYEE -> "global_payroll_basic_information";
          };
      case CONTRACT_DETAILS ->
          switch (type) {
            case EMPLOYEE -> wire;
            case CONTRACTOR -> "contractor_contract_details";
            case GLOBAL_PAYROLL_EMPLOYEE -> "global_payroll_contract_details";
          };
      case ADMINISTRATIVE_DETAILS, PERSONAL_DETAILS, BANK_ACCOUNT_DETAILS ->
          type == EmploymentType.GLOBAL_PAYROLL_EMPLOYEE ? "global_payroll_" + wire : wire;
      default -> wire;
    };
  }

  public static Optional<EmploymentForm> fromWire(String name) {
    return Arrays.stream(values()).filter(f -> f.wire.equals(name)).findFirst();
  }
}
