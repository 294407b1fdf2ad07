package dev.bobsync.emulator.remote;

/** The JSON objects ("forms") an employment carries, by their wire names. */
public enum EmploymentForm {
  BASIC_INFORMATION("basic_information"),
  PERSONAL_DETAILS("personal_details"),
  ADDRESS_DETAILS("address_details"),
  ADMINISTRATIVE_DETAILS("administrative_details"),
  EMERGENCY_CONTACT_DETAILS("emergency_contact_details"),
  CONTRACT_DETAILS("contract_details");

  private final String wire;

  EmploymentForm(String wire) {
    this.wire = wire;
  }

  public String wire() {
    return wire;
  }
}
