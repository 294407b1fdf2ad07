package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A legal entity of the company; Global Payroll employments are engaged by one. */
public record LegalEntity(
    @JsonProperty("id") String id, @JsonProperty("country_code") String countryCode) {
  public LegalEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(countryCode, "country_code");
  }
}
