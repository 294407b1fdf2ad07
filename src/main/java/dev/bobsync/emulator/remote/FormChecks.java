package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a form block against its country form and turns the problems into field errors. */
final class FormChecks {
  private FormChecks() {}

  /**
   * Adds an error per problem of {@code value} as {@code block} of a {@code type} employment in
   * {@code country}; fields are named {@code prefix + field} (basic information without prefix, as
   * Remote names them).
   */
  static void check(
      CountryForms forms,
      String country,
      EmploymentForm block,
      EmploymentType type,
      JsonNode value,
      String prefix,
      ValidationErrors errors) {
    String formName = block.countryForm(type);
    if (!forms.serves(country)) {
      errors.add(
          "country_code",
          "is not a country Remote employs in (ISO 3166-1 alpha-3; served here: "
              + String.join(", ", forms.countries())
              + ")");
      return;
    }
    var form = forms.find(country, formName);
    if (form.isEmpty()) {
      errors.add(
          prefix.isEmpty() ? block.wire() : prefix.substring(0, prefix.length() - 1),
          "cannot be sent: " + country + " has no " + formName + " form");
      return;
    }
    for (CountryForm.Problem problem : form.get().check(value)) {
      String field = prefix + problem.field();
      if (field.isEmpty() || field.endsWith(".")) {
        field = block.wire();
      }
      errors.add(field, problem.message());
    }
  }
}
