package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A legal entity of the company, as {@code GET /v1/companies/{id}/legal-entities} lists it. Global
 * Payroll employments are engaged by one that has Global Payroll enabled; any may be billed.
 * Fixtures that leave out {@code global_payroll_enabled} mean an entity for Global Payroll, as
 * fixtures listed only those before.
 */
public record LegalEntity(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("global_payroll_enabled") boolean globalPayrollEnabled,
    @JsonProperty("is_default") boolean isDefault) {
  public LegalEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(countryCode, "country_code");
    name = name == null ? "Legal entity " + countryCode : name;
  }

  /** A Global-Payroll-enabled entity in a country. */
  public LegalEntity(String id, String countryCode) {
    this(id, null, countryCode, true, false);
  }

  @JsonCreator
  static LegalEntity fromJson(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("country_code") String countryCode,
      @JsonProperty("global_payroll_enabled") Boolean globalPayrollEnabled,
      @JsonProperty("is_default") Boolean isDefault) {
    return new LegalEntity(
        id,
        name,
        countryCode,
        globalPayrollEnabled == null || globalPayrollEnabled,
        isDefault != null && isDefault);
  }
}
