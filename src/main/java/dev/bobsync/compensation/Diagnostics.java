package dev.bobsync.compensation;

import dev.bobsync.hibob.AccessReport.Severity;
import dev.bobsync.hibob.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns what a people search showed into diagnostics in the benchmarking guide's words (rules V1,
 * V4, V5). Found by comparing the fields asked for with those returned, never guessed. Pure.
 */
public final class Diagnostics {
  /** "Almost nothing is visible": fewer than this share of the asked fields came back. */
  static final double GENERAL_ERRORS_BELOW = 0.25;

  static final String LIKELY_CAUSES =
      "This is likely an error with the service user or its permission group. Check that: 1. the"
          + " service user you created is assigned to the permission group, and not any other user;"
          + " 2. the service user id and token are correct (e.g. the token has not been reset).";

  private Diagnostics() {}

  /**
   * The diagnostics of a search that answered.
   *
   * @param hidden asked field id to the permission that would show it
   * @param historyHidden whether the salary table was wanted and HiBob refused it (403)
   */
  public static List<Diagnostic> of(
      FieldPlan plan,
      Map<String, String> hidden,
      int employees,
      int leavers,
      boolean historyHidden) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(hidden, "hidden");
    List<Diagnostic> out = new ArrayList<>();
    List<String> asked = plan.asked().stream().filter(id -> !id.equals(FieldPlan.ID)).toList();
    List<String> noAccess = employees == 0 ? asked : List.copyOf(hidden.keySet());
    if (employees == 0 || asked.size() - noAccess.size() < asked.size() * GENERAL_ERRORS_BELOW) {
      out.add(generalErrors(plan, noAccess, employees == 0));
    }
    Map<String, String> rest = new LinkedHashMap<>(hidden);
    home(plan, rest).ifPresent(out::add);
    rest.entrySet().stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getValue,
                LinkedHashMap::new,
                Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
        .forEach((permission, ids) -> out.add(missing(plan, permission, ids)));
    if (historyHidden) {
      out.add(
          new Diagnostic(
              Severity.MISSING,
              Diagnostic.HISTORY_NOT_VISIBLE,
              "HiBob refused the salary history table: the export has the current salary only.",
              List.of(Section.PAYROLL.historyPermission()),
              List.of()));
    }
    if (employees > 0 && leavers == 0 && !hidden.containsKey(FieldPlan.STATUS)) {
      out.add(
          new Diagnostic(
              Severity.WARNING,
              Diagnostic.LEAVERS_NOT_VISIBLE,
              "No leavers came back. If the company has any, the permission group's access rights"
                  + " must be \"Select people by condition: Lifecycle status exists\"; otherwise"
                  + " people who left are never reported as terminated and stay in the data as if"
                  + " they still worked here.",
              List.of(Section.LIFECYCLE_ACCESS + " (needed to see leavers)"),
              List.of(FieldPlan.STATUS)));
    }
    out.addAll(fieldNotes(plan));
    return out;
  }

  /** The diagnostics when HiBob refused the service user (401, 403) before anything was read. */
  public static List<Diagnostic> refused(FieldPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<String> asked = plan.asked().stream().filter(id -> !id.equals(FieldPlan.ID)).toList();
    return List.of(generalErrors(plan, asked, true));
  }

  private static Diagnostic generalErrors(FieldPlan plan, List<String> noAccess, boolean nobody) {
    String fields =
        noAccess.stream()
            .map(id -> plan.wanted().getOrDefault(id, id) + " (" + id + ")")
            .collect(Collectors.joining(", "));
    String lead =
        nobody
            ? "The service user sees no one, so there is no access to any of the "
                + noAccess.size()
                + " fields: "
            : "No access to " + noAccess.size() + " of the fields asked for: ";
    return new Diagnostic(
        Severity.MISSING,
        Diagnostic.GENERAL_ERRORS,
        lead + fields + ". " + LIKELY_CAUSES,
        List.of(),
        noAccess);
  }

  /** V4: gender or date of birth on but not visible. Removes them from {@code hidden}. */
  private static Optional<Diagnostic> home(FieldPlan plan, Map<String, String> hidden) {
    List<String> ids = new ArrayList<>();
    List<String> what = new ArrayList<>();
    if (plan.profile().gender() && hidden.containsKey(plan.profile().genderField())) {
      ids.add(plan.profile().genderField());
      what.add("gender");
    }
    if (plan.profile().dateOfBirth() && hidden.containsKey(FieldPlan.BIRTH_DATE)) {
      ids.add(FieldPlan.BIRTH_DATE);
      what.add("date of birth");
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    List<String> permissions = ids.stream().map(hidden::remove).distinct().toList();
    return Optional.of(
        new Diagnostic(
            Severity.MISSING,
            Diagnostic.HOME_MISSING,
            "The 'Home' category is used to share the Gender and Date of Birth fields, and "
                + String.join(" and ", what)
                + (what.size() == 1 ? " is" : " are")
                + " on but not visible to the service user. Add the permissions below to its"
                + " permission group. If your company keeps these in custom fields, choose that"
                + " field for gender; if you do not share them, switch them off in the"
                + " compensation profile. HiBob shows a date of birth only with Edit on its"
                + " section.",
            permissions,
            ids));
  }

  private static Diagnostic missing(FieldPlan plan, String permission, List<String> ids) {
    boolean sensitive =
        ids.stream().map(plan.metadata()::get).anyMatch(m -> m != null && m.sensitive());
    String purposes =
        ids.stream()
            .map(id -> plan.wanted().getOrDefault(id, id))
            .collect(Collectors.joining(", "));
    return new Diagnostic(
        Severity.MISSING,
        Diagnostic.MISSING_PERMISSION,
        "Not visible: "
            + String.join(", ", ids)
            + " (needed for "
            + purposes
            + ")."
            + (sensitive
                ? " Sensitive fields (not shown as clear text in HiBob) need Edit on their"
                    + " section too: in HiBob Edit is an elevated permission, not only for"
                    + " editing."
                : ""),
        List.of(permission),
        ids);
  }

  private static List<Diagnostic> fieldNotes(FieldPlan plan) {
    List<Diagnostic> out = new ArrayList<>();
    for (String id : plan.unknown()) {
      boolean chosen = plan.customFields().stream().anyMatch(c -> c.id().equals(id));
      boolean gender = id.equals(plan.profile().genderField()) && plan.profile().gender();
      out.add(
          chosen || gender
              ? new Diagnostic(
                  Severity.WARNING,
                  Diagnostic.FIELD_DELETED,
                  "The "
                      + (gender ? "gender" : "custom")
                      + " field \""
                      + plan.name(id)
                      + "\" ("
                      + id
                      + ") no longer exists in HiBob (deleted, or moved to another section):"
                      + " its column stays empty. Choose the field again from the catalogue"
                      + " (bobsync fields) or remove it from the profile.",
                  List.of(),
                  List.of(id))
              : new Diagnostic(
                  Severity.INFO,
                  Diagnostic.UNKNOWN_FIELD,
                  "HiBob's metadata has no field " + id + " (" + plan.wanted().get(id) + ").",
                  List.of(),
                  List.of(id)));
    }
    if (plan.profile().equity() && plan.equityFields().isEmpty() && !plan.metadata().isEmpty()) {
      out.add(
          new Diagnostic(
              Severity.INFO,
              Diagnostic.NO_EQUITY_FIELDS,
              "HiBob lists no fields in an Equity section, so the export has no equity columns."
                  + " Equity data can also be uploaded to the benchmarking product separately;"
                  + " or switch equity off in the profile.",
              List.of(),
              List.of()));
    }
    for (CompensationProfile.ChosenField c : plan.leftOut()) {
      out.add(
          new Diagnostic(
              Severity.INFO,
              Diagnostic.LEFT_OUT,
              "The custom field \""
                  + plan.name(c.id())
                  + "\" ("
                  + c.id()
                  + ") refers to people, so an anonymous export leaves it out.",
              List.of(),
              List.of(c.id())));
    }
    return out;
  }
}
