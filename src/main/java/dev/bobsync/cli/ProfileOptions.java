package dev.bobsync.cli;

import dev.bobsync.compensation.CompensationProfile;
import picocli.CommandLine.Option;

/** The compensation profile's switches, shared by {@code connect} and {@code profile}. */
final class ProfileOptions {
  @Option(
      names = "--equity",
      paramLabel = "on|off",
      arity = "1",
      converter = OnOff.class,
      description = "Export the Equity section's fields.")
  Boolean equity;

  @Option(
      names = "--gender",
      paramLabel = "on|off",
      arity = "1",
      converter = OnOff.class,
      description = "Export gender (needs the Home section, or see --gender-field).")
  Boolean gender;

  @Option(
      names = "--date-of-birth",
      paramLabel = "on|off",
      arity = "1",
      converter = OnOff.class,
      description = "Export the date of birth (an age band when anonymous); needs View and Edit.")
  Boolean dateOfBirth;

  @Option(
      names = "--anonymous",
      paramLabel = "on|off",
      arity = "1",
      converter = OnOff.class,
      description = "Make every export anonymous: no names, e-mails or birth dates.")
  Boolean anonymous;

  @Option(
      names = "--salary-history",
      paramLabel = "on|off",
      arity = "1",
      converter = OnOff.class,
      description =
          "Read everyone's salary table: one HiBob call per 200 people, at most 50 a minute"
              + " (about a minute for 10,000 people).")
  Boolean salaryHistory;

  @Option(
      names = "--gender-field",
      paramLabel = "FIELD_ID",
      description = "Read gender from this field instead of home.legalGender.")
  String genderField;

  /** {@code profile} with every switch given on the command line applied. */
  CompensationProfile apply(CompensationProfile profile) {
    CompensationProfile p =
        profile.withGroups(
            equity == null ? profile.equity() : equity,
            gender == null ? profile.gender() : gender,
            dateOfBirth == null ? profile.dateOfBirth() : dateOfBirth);
    if (anonymous != null) {
      p = p.withAnonymous(anonymous);
    }
    if (salaryHistory != null) {
      p = p.withSalaryHistory(salaryHistory);
    }
    if (genderField != null) {
      p = p.withGenderField(genderField);
    }
    return p;
  }
}
