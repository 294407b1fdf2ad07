package dev.bobsync.remote;

import java.util.Objects;

/**
 * A legal entity of the Remote company, from {@code GET /v1/companies/{id}/legal-entities}.
 *
 * @param countryCode ISO alpha-3, or {@code null} when Remote gives none
 * @param globalPayroll whether it can engage Global Payroll employees
 */
public record LegalEntity(
    String id, String name, String countryCode, boolean globalPayroll, boolean isDefault) {
  public LegalEntity {
    Objects.requireNonNull(id, "id");
  }
}
