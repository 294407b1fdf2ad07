package dev.bobsync.sync.timeoff;

import dev.bobsync.sync.plan.SyncType;
import java.util.Objects;
import java.util.Set;

/**
 * What the time-off sync knows of a HiBob employee: the employee sync's record (R1, R2) and, where
 * read, the Remote employment as it is now.
 *
 * @param syncType the "Sync to Remote" value, or {@code null} when none
 * @param remoteId the linked Remote employment, or {@code null}
 * @param remoteStatus the employment's status: fresh from Remote when read, else as last recorded
 * @param remoteType Remote's employment type, or {@code null} when not read
 * @param countryCode the employment's alpha-3 country, or {@code null} when not read
 * @param syncStatus the employee sync's status and reason for the person, in words
 * @param remoteProblem why Remote could not be read for them, if it could not
 */
public record TimeOffPerson(
    String hibobId,
    String name,
    SyncType syncType,
    String remoteId,
    String remoteStatus,
    String remoteType,
    String countryCode,
    String syncStatus,
    String remoteProblem) {

  private static final Set<String> ENDED = Set.of("offboarding", "archived", "deleted");

  public TimeOffPerson {
    Objects.requireNonNull(hibobId, "hibobId");
  }

  /** Selected for Remote as an EOR or Global Payroll employee, the people who get time off. */
  public boolean candidate() {
    return syncType != null && syncType != SyncType.CONTRACTOR && !contractorInRemote();
  }

  /** A contractor, by the "Sync to Remote" value or by Remote's employment type. */
  public boolean contractor() {
    return syncType == SyncType.CONTRACTOR || contractorInRemote();
  }

  /** Linked to a Remote employment. */
  public boolean linked() {
    return remoteId != null;
  }

  /** The Remote employment is active: it can take time off. */
  public boolean active() {
    return "active".equals(remoteStatus);
  }

  /** The Remote employment is offboarding, archived or deleted. */
  public boolean ended() {
    return remoteStatus != null && ENDED.contains(remoteStatus);
  }

  /** The same person with the employment as Remote shows it now. */
  public TimeOffPerson withRemote(String status, String type, String country) {
    return new TimeOffPerson(
        hibobId, name, syncType, remoteId, status, type, country, syncStatus, null);
  }

  /** The same person when Remote could not be read. */
  public TimeOffPerson withRemoteProblem(String problem) {
    return new TimeOffPerson(
        hibobId,
        name,
        syncType,
        remoteId,
        remoteStatus,
        remoteType,
        countryCode,
        syncStatus,
        problem);
  }

  private boolean contractorInRemote() {
    return "contractor".equals(remoteType);
  }
}
