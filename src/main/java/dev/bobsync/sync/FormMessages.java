package dev.bobsync.sync;

import dev.bobsync.http.ApiException;
import dev.bobsync.sync.forms.PreparedForms;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.words.FieldNames;
import java.util.List;

/** What an admin reads about a Remote form bobsync could not send, or Remote refused. */
final class FormMessages {
  private FormMessages() {}

  /** A form left out of a write: which Remote fields it needs, and where to enter them. */
  static PlanItem.Note notSent(PreparedForms.Problem problem) {
    String form = problem.form().label();
    if (problem.noSchema()) {
      return new PlanItem.Note(
          Reason.REMOTE_FIELDS_NEEDED,
          "Remote has no "
              + form
              + " form for "
              + problem.country()
              + " (it answered 404), so bobsync did not send the "
              + form
              + ". Enter it in Remote (the employment's onboarding), or check the person's country"
              + " in HiBob.");
    }
    StringBuilder text = new StringBuilder("The " + form + " form was not sent to Remote: ");
    if (!problem.missing().isEmpty()) {
      text.append("Remote's ")
          .append(form)
          .append(" form for ")
          .append(problem.country())
          .append(" needs ")
          .append(names(problem.missing()))
          .append(", which HiBob does not hold");
    }
    if (!problem.invalid().isEmpty()) {
      text.append(problem.missing().isEmpty() ? "" : "; ")
          .append("Remote would refuse ")
          .append(String.join("; ", problem.invalid()));
    }
    text.append(". Enter the ")
        .append(form)
        .append(" in Remote (the employment's onboarding, \"")
        .append(form)
        .append("\"), or correct the data in HiBob.");
    return new PlanItem.Note(Reason.REMOTE_FIELDS_NEEDED, text.toString());
  }

  /** Basic information bobsync cannot fill: the person is not created. */
  static String notCreated(PreparedForms.Problem problem) {
    if (problem.noSchema()) {
      return "Not created: Remote has no "
          + problem.form().label()
          + " form for "
          + problem.country()
          + " (it answered 404), so Remote cannot employ people there this way. Check the"
          + " person's country and \"Sync to Remote\" value in HiBob, or onboard them in Remote.";
    }
    List<String> parts = new java.util.ArrayList<>();
    if (!problem.missing().isEmpty()) {
      parts.add("needs " + names(problem.missing()) + ", which HiBob does not hold");
    }
    if (!problem.invalid().isEmpty()) {
      parts.add("refuses " + String.join("; ", problem.invalid()));
    }
    return "Not created: Remote's "
        + problem.form().label()
        + " form for "
        + problem.country()
        + " "
        + String.join(" and ", parts)
        + ". Correct it in HiBob (name, e-mail, job title, start date), or onboard the person in"
        + " Remote directly.";
  }

  /** Remote refused one part of an update although it fitted the schema. */
  static PlanItem.Note refused(String what, ApiException e) {
    String said = e.apiMessage() == null || e.apiMessage().isBlank() ? "" : ": " + e.apiMessage();
    return new PlanItem.Note(
        Reason.REMOTE_REJECTED,
        "Remote refused the "
            + what
            + said
            + ". Correct it in HiBob, or enter it in Remote; everything else was sent.");
  }

  /** Remote's form fields ({@code pay_frequency}) as words ("pay frequency"). */
  private static String names(java.util.Collection<String> fields) {
    return String.join(", ", fields.stream().map(FieldNames::of).toList());
  }

  static String label(RemoteBodies.Part part) {
    if (part.form() != null) {
      return part.form().label();
    }
    return FieldNames.of(part.key());
  }
}
