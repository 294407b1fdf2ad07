package dev.bobsync.sync;

import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.Reason;
import java.util.List;

/**
 * One person's outcome of a run, as the CLI's JSON, the store and the page show it (rule R11).
 *
 * @param action what this run did in Remote for the person
 * @param reason a stable code, or {@code null} when there is nothing to say
 * @param changed the fields written in this run
 */
public record PersonResult(
    String hibobId,
    Action action,
    String name,
    String email,
    String syncType,
    PersonStatus status,
    Reason reason,
    String message,
    String remoteId,
    String remoteStatus,
    String lastChange,
    List<String> changed) {

  /** What a run did in Remote for one person. */
  public enum Action {
    CREATED,
    UPDATED,
    LINKED,
    NONE
  }

  public PersonResult {
    changed = changed == null ? List.of() : List.copyOf(changed);
  }
}
