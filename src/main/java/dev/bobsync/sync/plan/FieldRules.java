package dev.bobsync.sync.plan;

import dev.bobsync.remote.Stage;
import java.util.EnumSet;
import java.util.Set;

/** Which fields may be written to Remote, by employment type and stage (rules R4, R6, R7, R8). */
final class FieldRules {
  private FieldRules() {}

  /** R4: what a new employment is created with. */
  static Set<Field> forCreate(SyncType type, String countryCode) {
    Set<Field> fields = EnumSet.allOf(Field.class);
    restrict(fields, type, countryCode);
    return fields;
  }

  /**
   * R6-R8, as far as Remote's API allows: a {@code created} employment takes every field, an {@code
   * active} one only its manager, emergency contact, address and work e-mail; a contractor cannot
   * be updated through the API at all; nothing changes while onboarding (R7) or after leaving.
   */
  static Set<Field> forUpdate(Stage stage, SyncType type, String countryCode) {
    if (type == SyncType.CONTRACTOR) {
      return EnumSet.noneOf(Field.class);
    }
    Set<Field> fields =
        switch (stage) {
          case CREATED -> EnumSet.allOf(Field.class);
          case ACTIVE ->
              EnumSet.of(Field.MANAGER, Field.EMERGENCY_CONTACT, Field.ADDRESS, Field.WORK_EMAIL);
          case ONBOARDING, OFFBOARDING, ARCHIVED -> EnumSet.noneOf(Field.class);
        };
    restrict(fields, type, countryCode);
    return fields;
  }

  /**
   * R8 fields that the rules would sync but Remote's API does not take at this stage (and that need
   * no contract amendment): the admin changes them in Remote by hand.
   */
  static Set<Field> byHand(Stage stage, SyncType type, String countryCode) {
    if (stage != Stage.ACTIVE && !(stage == Stage.CREATED && type == SyncType.CONTRACTOR)) {
      return EnumSet.noneOf(Field.class);
    }
    Set<Field> fields = EnumSet.allOf(Field.class);
    restrict(fields, type, countryCode);
    fields.removeAll(forUpdate(stage, type, countryCode));
    fields.removeAll(needingAmendment(stage, type));
    return fields;
  }

  /** R8: an active EOR employee's or contractor's job title and start date need an amendment. */
  static Set<Field> needingAmendment(Stage stage, SyncType type) {
    if (stage == Stage.ACTIVE && type != SyncType.GLOBAL_PAYROLL) {
      return EnumSet.of(Field.JOB_TITLE, Field.START_DATE);
    }
    return EnumSet.noneOf(Field.class);
  }

  /** SSN for US employments only; salary for Global Payroll only. */
  private static void restrict(Set<Field> fields, SyncType type, String countryCode) {
    if (!"USA".equals(countryCode)) {
      fields.remove(Field.SSN);
    }
    if (type != SyncType.GLOBAL_PAYROLL) {
      fields.remove(Field.SALARY);
    }
  }
}
