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

  /** R6-R8: what may change at this stage; empty while onboarding (R7) or after leaving. */
  static Set<Field> forUpdate(Stage stage, SyncType type, String countryCode) {
    Set<Field> fields =
        switch (stage) {
          case CREATED ->
              EnumSet.of(
                  Field.NAME,
                  Field.PERSONAL_EMAIL,
                  Field.WORK_EMAIL,
                  Field.JOB_TITLE,
                  Field.START_DATE);
          case ACTIVE -> {
            Set<Field> active = EnumSet.allOf(Field.class);
            active.removeAll(needingAmendment(stage, type));
            yield active;
          }
          case ONBOARDING, OFFBOARDING, ARCHIVED -> EnumSet.noneOf(Field.class);
        };
    restrict(fields, type, countryCode);
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
