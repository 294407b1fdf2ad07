package dev.bobsync.web.pages;

import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.compensation.FieldLookup;
import dev.bobsync.hibob.FieldMeta;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/**
 * The compensation profile form of the Compensation tab: check boxes for the optional groups,
 * anonymous mode and salary history, the gender field, a custom field to add and custom fields to
 * remove. Fields are checked against HiBob's field list only when one is named.
 */
record ProfileForm(
    boolean equity,
    boolean gender,
    boolean dateOfBirth,
    boolean anonymous,
    boolean salaryHistory,
    String genderField,
    String addField,
    List<String> removeFields) {

  static ProfileForm of(Context ctx, CompensationProfile before) {
    String genderField = ctx.formParam("genderField");
    return new ProfileForm(
        "on".equals(ctx.formParam("equity")),
        "on".equals(ctx.formParam("gender")),
        "on".equals(ctx.formParam("dateOfBirth")),
        "on".equals(ctx.formParam("anonymous")),
        "on".equals(ctx.formParam("salaryHistory")),
        genderField == null ? before.genderField() : genderField.trim(),
        ctx.formParam("addField") == null ? "" : ctx.formParam("addField").trim(),
        ctx.formParams("removeField"));
  }

  /** The profile as typed, for showing the form again after a refusal. */
  CompensationProfile typed(CompensationProfile before) {
    return before
        .withGroups(equity, gender, dateOfBirth)
        .withAnonymous(anonymous)
        .withSalaryHistory(salaryHistory)
        .withGenderField(genderField);
  }

  /**
   * The new profile.
   *
   * @throws IllegalArgumentException naming the form field at fault
   */
  CompensationProfile apply(CompensationProfile before, Supplier<List<FieldMeta>> hibobFields) {
    if (gender && genderField.isBlank()) {
      throw new IllegalArgumentException(
          "Gender field: enter the HiBob field that holds gender, e.g. "
              + CompensationProfile.LEGAL_GENDER
              + ".");
    }
    CompensationProfile next = typed(before);
    List<FieldMeta> fields = null;
    if (gender && !genderField.equals(before.genderField())) {
      fields = hibobFields.get();
      next = next.withGenderField(field("Gender field", fields, genderField).id());
    }
    for (String id : removeFields) {
      if (next.customFields().stream().noneMatch(c -> c.id().equals(id))) {
        throw new IllegalArgumentException(
            "Custom fields: the profile has no custom field " + id + ".");
      }
      next = next.withoutCustomField(id);
    }
    if (!addField.isBlank()) {
      fields = fields == null ? hibobFields.get() : fields;
      FieldMeta meta = field("Custom field to add", fields, addField);
      next = next.withCustomField(new CompensationProfile.ChosenField(meta.id(), meta.name()));
    }
    return next;
  }

  private static FieldMeta field(String label, List<FieldMeta> fields, String idOrName) {
    try {
      return FieldLookup.find(fields, idOrName);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(label + ": " + e.getMessage() + ".", e);
    }
  }
}
