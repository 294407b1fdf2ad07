package dev.bobsync.sync.plan;

import dev.bobsync.remote.Employment;
import dev.bobsync.words.EmploymentTypes;
import dev.bobsync.words.Statuses;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The plain words an admin reads for each reason, saying what to do. */
public final class Messages {
  private Messages() {}

  static String newHirePastStart(Person p) {
    return "Start date "
        + p.startDate()
        + " is not in the future. Remote only creates new EOR employees and contractors with a"
        + " future start date: onboard "
        + p.displayName()
        + " directly in Remote (or set a future start date in HiBob). Once they are in Remote,"
        + " bobsync matches them by e-mail and syncs their changes.";
  }

  static String createdPastStart(Person p) {
    return "Remote has this employment in \"created\" status, which needs a future start date, but"
        + " HiBob says "
        + (p.startDate() == null ? "nothing" : p.startDate())
        + ". Set a future start date in HiBob, or continue the onboarding in Remote.";
  }

  static String archived(Person p) {
    return "The e-mail "
        + String.join(" / ", RemoteView.emailsOf(p))
        + " belongs to an archived Remote profile. Ask Remote support to merge the profiles;"
        + " bobsync will not create a second one.";
  }

  static String onboarding(String status) {
    return "Onboarding is in progress in Remote ("
        + Statuses.remoteEmployment(status)
        + "). Changes are not synced while the employment agreement is prepared; they sync"
        + " again once onboarding is complete.";
  }

  static String offboarding() {
    return "Remote is offboarding this employment, so no change is synced.";
  }

  static String leftCompany(Person p) {
    return "Left the company in HiBob"
        + (p.terminationDate() == null ? "" : " on " + p.terminationDate())
        + ", so nothing is synced. Offboarding happens in Remote.";
  }

  static String unknownSyncValue(String value) {
    return "The \"Sync to Remote\" value \""
        + value
        + "\" is not one bobsync knows, so this person is not synced. Choose one of \""
        + SyncType.EMPLOYEE.hibobItem()
        + "\", \""
        + SyncType.CONTRACTOR.hibobItem()
        + "\" or \""
        + SyncType.GLOBAL_PAYROLL.hibobItem()
        + "\" in HiBob, or clear the field to leave the person out.";
  }

  static String notSelected() {
    return "The \"Sync to Remote\" value was removed in HiBob, so changes no longer sync. The"
        + " Remote profile stays linked; set the value again to resume.";
  }

  static String typeMismatch(SyncType hibob, SyncType remote) {
    return "HiBob says \""
        + hibob.hibobItem()
        + "\" but the Remote profile is a "
        + EmploymentTypes.name(remote.remoteType())
        + " employment. Correct \"Sync to Remote\" in HiBob; Remote cannot change an employment's"
        + " type.";
  }

  static String sharedInHibob(List<String> emails) {
    return "Another HiBob person with a \"Sync to Remote\" value has the same e-mail ("
        + String.join(", ", emails)
        + "). Give each person their own e-mail in HiBob.";
  }

  static String severalProfiles(List<Employment> matches) {
    return "The e-mails match "
        + matches.size()
        + " Remote profiles ("
        + matches.stream().map(Employment::id).collect(Collectors.joining(", "))
        + "). Make the e-mails in HiBob and Remote match exactly one profile.";
  }

  static String linkedToSomeoneElse(Employment match, String otherHibobId) {
    return "The matching Remote profile "
        + match.id()
        + " is already linked to HiBob employee "
        + otherHibobId
        + ". Check the e-mails of both people in HiBob.";
  }

  static String claimedTwice(Employment match) {
    return "More than one HiBob person matches the Remote profile "
        + match.id()
        + " by e-mail. Check their e-mails in HiBob.";
  }

  static String needsAmendment(Set<Field> fields, Profile remote, Profile hibob) {
    String changes =
        fields.stream()
            .map(
                f ->
                    f.label()
                        + " (Remote: "
                        + remote.get(f).orElse("none")
                        + ", HiBob: "
                        + hibob.get(f).orElse("none")
                        + ")")
            .collect(Collectors.joining(", "));
    return "Not synced: "
        + changes
        + ". For EOR employees and contractors this change needs a contract amendment: request"
        + " it in Remote. Other changes sync as usual.";
  }

  /** R8: what Remote's API does not take at this stage, and where to change it instead. */
  public static String changeInRemote(Set<Field> fields, SyncType type, String status) {
    String what = fields.stream().map(Field::label).collect(Collectors.joining(", "));
    String why =
        type == SyncType.CONTRACTOR
            ? "Remote's API does not let anyone but Remote update a contractor"
            : "Remote's API does not let bobsync change these of an employment in this status ("
                + Statuses.remoteEmployment(status)
                + ")";
    return "Not synced: "
        + what
        + " (Remote does not have HiBob's value). "
        + why
        + ": enter them in Remote by hand (the person's profile in Remote). This note goes once"
        + " Remote has what HiBob has.";
  }

  public static String noLegalEntity(String country) {
    return "Global Payroll employments need the Remote legal entity that engages them, and none is"
        + " set for "
        + country
        + ". Set it on the integration's Settings tab.";
  }

  static String missing(Person p, List<String> fields) {
    return "HiBob has no "
        + String.join(", ", fields)
        + " for "
        + p.displayName()
        + ". Remote needs "
        + (fields.size() == 1 ? "it" : "them")
        + " to create the employment: fill "
        + (fields.size() == 1 ? "it" : "them")
        + " in HiBob.";
  }

  static String invalid(Person p, List<String> problems) {
    return "In HiBob, "
        + p.displayName()
        + "'s "
        + String.join("; ", problems)
        + ". Correct it in HiBob.";
  }

  static String notVisible(List<String> fieldsWithPermission) {
    return "The HiBob service user cannot see "
        + String.join(", ", fieldsWithPermission)
        + ". Add that permission to its permission group in HiBob.";
  }

  static String hiddenForCreate(Person p, List<Field> fields) {
    return "Not created: the HiBob service user cannot see "
        + withPermissions(p, fields)
        + ", and bobsync never creates an employment with a stand-in for data it cannot see."
        + " Add that permission to its permission group in HiBob.";
  }

  static String leftAlone(Person p, List<Field> fields) {
    return "Not synced, left as "
        + (fields.size() == 1 ? "it is" : "they are")
        + " in Remote: "
        + withPermissions(p, fields)
        + ", which the HiBob service user cannot see. Add that permission to its permission group"
        + " in HiBob to sync "
        + (fields.size() == 1 ? "it" : "them")
        + ".";
  }

  private static String withPermissions(Person p, List<Field> fields) {
    return fields.stream()
        .map(f -> f.label() + " (" + p.hidden().get(f) + ")")
        .collect(Collectors.joining(", "));
  }
}
