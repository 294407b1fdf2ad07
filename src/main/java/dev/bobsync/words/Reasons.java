package dev.bobsync.words;

import java.util.Map;

/**
 * The reason codes of people ({@code REMOTE_FIELDS_NEEDED}, ...) and of time-off requests ({@code
 * PENDING_APPROVAL}, ...) in a few words; the full explanation, with what to do, is the message the
 * sync writes next to it.
 */
public final class Reasons {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          // people (rules R1-R12)
          Map.entry("start_date_not_in_future", "Start date not in the future"),
          Map.entry("archived_profile", "Archived profile in Remote"),
          Map.entry("onboarding_in_progress", "Onboarding in progress in Remote"),
          Map.entry("needs_contract_amendment", "Needs a contract amendment in Remote"),
          Map.entry("missing_required_field", "Required data missing in HiBob"),
          Map.entry("invalid_field", "Data in HiBob that Remote cannot take"),
          Map.entry("email_conflict", "E-mail shared with another person or profile"),
          Map.entry("type_mismatch", "HiBob and Remote disagree on the type"),
          Map.entry("left_company", "Left the company"),
          Map.entry("offboarding", "Being offboarded in Remote"),
          Map.entry("not_selected", "\"Sync to Remote\" value removed"),
          Map.entry("unknown_sync_value", "Unknown \"Sync to Remote\" value"),
          Map.entry("manager_not_in_remote", "Manager not in Remote"),
          Map.entry("no_legal_entity", "No legal entity chosen"),
          Map.entry("hibob_field_not_visible", "Field hidden from the HiBob service user"),
          Map.entry("change_in_remote", "To change by hand in Remote"),
          Map.entry("remote_fields_needed", "Details to enter in Remote"),
          Map.entry("remote_rejected", "Refused by Remote"),
          Map.entry("remote_unavailable", "Remote did not answer"),
          // time off (rule R9)
          Map.entry("pending_approval", "Pending approval in HiBob"),
          Map.entry("not_in_remote_yet", "Person not in Remote yet"),
          Map.entry("not_active_yet", "Employment not active yet"),
          Map.entry("declined", "Declined in HiBob"),
          Map.entry("cancelled_before_booking", "Cancelled before it was booked"),
          Map.entry("deleted_before_booking", "Deleted before it was booked"),
          Map.entry("person_not_synced", "Person not synced to Remote"),
          Map.entry("contractor", "Contractors get no time off in Remote"),
          Map.entry("employment_ended", "Employment ended in Remote"),
          Map.entry("before_look_back", "Before the look-back date"),
          Map.entry("no_work_days", "No work day in it"),
          Map.entry("cancelled_in_hibob", "Cancelled in HiBob"),
          Map.entry("deleted_in_hibob", "Deleted in HiBob"),
          Map.entry("replaced_in_hibob", "Replaced in HiBob"),
          Map.entry("cancelled_in_remote", "Cancelled in Remote"),
          Map.entry("unmapped_policy_type", "Policy type without a Remote type"),
          Map.entry("invalid_dates", "Dates missing or reversed"),
          Map.entry("invalid_hours", "Hours not from 1 to 8 a day"),
          Map.entry("unsupported_request_type", "Kind of request bobsync cannot book"),
          Map.entry("request_not_found", "Request no longer in HiBob"),
          Map.entry("hibob_unavailable", "HiBob did not answer"));

  private Reasons() {}

  /** The reason in a few words; an unknown code reads as its own words, never fails. */
  public static String of(String code) {
    return Codes.lookUp(WORDS, code);
  }

  /** Whether the code has words of its own (not the fallback). */
  public static boolean knows(String code) {
    return code != null && WORDS.containsKey(Codes.normalized(code));
  }
}
