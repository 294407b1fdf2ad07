package dev.bobsync.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an integration's compensation export holds (rules V2, V3, V5), kept in its settings document
 * under {@code "compensation"}.
 *
 * @param equity whether the Equity section's fields are exported
 * @param gender whether gender is exported, read from {@code genderField}
 * @param dateOfBirth whether the date of birth is exported (an age band in anonymous mode)
 * @param anonymous whether every export is anonymous, whatever the caller asks
 * @param genderField the field holding gender: {@code home.legalGender} or a custom field, e.g. one
 *     in a Diversity &amp; Inclusion section
 * @param customFields custom fields chosen as extra columns, in column order
 * @param salaryHistory whether the salary history table is read (one HiBob call per 200 people)
 */
public record CompensationProfile(
    boolean equity,
    boolean gender,
    boolean dateOfBirth,
    boolean anonymous,
    String genderField,
    List<ChosenField> customFields,
    boolean salaryHistory) {

  /** The settings document's section name. */
  public static final String SECTION = "compensation";

  /** HiBob's standard gender field, in the Home section. */
  public static final String LEGAL_GENDER = "home.legalGender";

  public CompensationProfile {
    genderField = genderField == null || genderField.isBlank() ? LEGAL_GENDER : genderField.trim();
    customFields = customFields == null ? List.of() : List.copyOf(customFields);
  }

  /** A custom field chosen as a column; its name is remembered for when HiBob deletes it. */
  public record ChosenField(String id, String name) {
    public ChosenField {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Equity, gender and date of birth on; named, not anonymous; no history; no custom fields. */
  public static CompensationProfile defaults() {
    return new CompensationProfile(true, true, true, false, LEGAL_GENDER, List.of(), false);
  }

  public CompensationProfile withGroups(boolean equity, boolean gender, boolean dateOfBirth) {
    return new CompensationProfile(
        equity, gender, dateOfBirth, anonymous, genderField, customFields, salaryHistory);
  }

  public CompensationProfile withAnonymous(boolean on) {
    return new CompensationProfile(
        equity, gender, dateOfBirth, on, genderField, customFields, salaryHistory);
  }

  public CompensationProfile withGenderField(String fieldId) {
    return new CompensationProfile(
        equity, gender, dateOfBirth, anonymous, fieldId, customFields, salaryHistory);
  }

  public CompensationProfile withSalaryHistory(boolean on) {
    return new CompensationProfile(
        equity, gender, dateOfBirth, anonymous, genderField, customFields, on);
  }

  public CompensationProfile withCustomFields(List<ChosenField> fields) {
    return new CompensationProfile(
        equity, gender, dateOfBirth, anonymous, genderField, fields, salaryHistory);
  }

  /** The same profile with {@code field} added, or its name refreshed when already chosen. */
  public CompensationProfile withCustomField(ChosenField field) {
    List<ChosenField> next = new ArrayList<>();
    boolean replaced = false;
    for (ChosenField f : customFields) {
      if (f.id().equals(field.id())) {
        next.add(field);
        replaced = true;
      } else {
        next.add(f);
      }
    }
    if (!replaced) {
      next.add(field);
    }
    return withCustomFields(next);
  }

  public CompensationProfile withoutCustomField(String fieldId) {
    return withCustomFields(customFields.stream().filter(f -> !f.id().equals(fieldId)).toList());
  }
}
