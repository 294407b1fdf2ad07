package dev.bobsync.sync.plan;

import java.util.List;
import java.util.Set;

/** What the sync will do for one person; the pure result of planning. */
public sealed interface PlanItem {
  Person person();

  /** R4: create the employment. {@code lookFirst}: an earlier create may have happened. */
  record Create(
      Person person,
      Profile profile,
      Set<Field> fields,
      String countryCode,
      String legalEntityId,
      boolean lookFirst)
      implements PlanItem {}

  /**
   * R6/R8: write {@code fields} to the linked (or newly matched) employment. {@code readFirst}: a
   * new match seen only in a listing, which lacks start date and manager: read it in full and plan
   * again before writing.
   */
  record Update(
      Person person,
      String remoteId,
      String remoteStatus,
      Profile profile,
      Profile written,
      Set<Field> fields,
      String countryCode,
      boolean newLink,
      List<Note> notes,
      boolean readFirst)
      implements PlanItem {}

  /**
   * Linked and nothing to write; {@code newLink} when the match was made just now ({@code
   * readFirst}: see {@link Update}).
   */
  record Unchanged(
      Person person,
      String remoteId,
      String remoteStatus,
      Profile written,
      boolean newLink,
      List<Note> notes,
      boolean readFirst)
      implements PlanItem {}

  /** Nothing is written, for {@code reason}; {@code remoteId} when the person is linked. */
  record Hold(Person person, String remoteId, String remoteStatus, Reason reason, String message)
      implements PlanItem {}

  /** Something the admin should know about an otherwise synced person. */
  record Note(Reason reason, String message) {}
}
