package dev.bobsync.sync.forms;

import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.SyncType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The Remote forms bobsync fills from HiBob: the key of each in an employment body, the country
 * schema that judges it for each employment type, and the person's fields it carries.
 */
public enum RemoteForm {
  BASIC_INFORMATION(
      "basic_information",
      "basic information",
      EnumSet.of(Field.NAME, Field.PERSONAL_EMAIL, Field.JOB_TITLE, Field.START_DATE)),
  ADDRESS("address_details", "address details", EnumSet.of(Field.ADDRESS)),
  EMERGENCY_CONTACT(
      "emergency_contact_details", "emergency contact", EnumSet.of(Field.EMERGENCY_CONTACT)),
  ADMINISTRATIVE("administrative_details", "administrative details", EnumSet.of(Field.SSN)),
  CONTRACT("contract_details", "contract details", EnumSet.of(Field.SALARY));

  private final String bodyKey;
  private final String label;
  private final Set<Field> fields;

  RemoteForm(String bodyKey, String label, Set<Field> fields) {
    this.bodyKey = bodyKey;
    this.label = label;
    this.fields = fields;
  }

  /** The key of this form's block in a create or update body. */
  public String bodyKey() {
    return bodyKey;
  }

  /** How Remote's onboarding calls it, for the admin. */
  public String label() {
    return label;
  }

  public Set<Field> fields() {
    return EnumSet.copyOf(fields);
  }

  /** The form {@code GET /v1/countries/{country}/{form}} serves for this block and type. */
  public String schemaName(SyncType type) {
    return switch (this) {
      case BASIC_INFORMATION ->
          switch (type) {
            case CONTRACTOR -> "contractor_basic_information";
            case GLOBAL_PAYROLL -> "global_payroll_basic_information";
            default -> "employment_basic_information";
          };
      case ADMINISTRATIVE ->
          type == SyncType.GLOBAL_PAYROLL
              ? "global_payroll_administrative_details"
              : "administrative_details";
      case CONTRACT ->
          switch (type) {
            case CONTRACTOR -> "contractor_contract_details";
            case GLOBAL_PAYROLL -> "global_payroll_contract_details";
            default -> "contract_details";
          };
      default -> bodyKey;
    };
  }

  /** The form that carries a field, if a form does (manager, department, work e-mail do not). */
  public static Optional<RemoteForm> of(Field field) {
    for (RemoteForm f : values()) {
      if (f.fields.contains(field)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
