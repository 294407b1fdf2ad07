package dev.bobsync.sync.plan;

import java.util.Objects;

/**
 * What the store remembers of a person between runs.
 *
 * @param remoteId the linked Remote employment (rule R2: linked by ids once matched), or null
 * @param remoteStatus Remote's status when last seen
 * @param written what was last written to (or seen in) Remote, to diff against
 * @param createPending a create was started and its answer never recorded: look before creating
 * @param lastReason the reason code of the last run's outcome, if any
 * @param lastChange what the last write to Remote changed, in words
 */
public record LinkState(
    String hibobId,
    String remoteId,
    String remoteStatus,
    Profile written,
    boolean createPending,
    String lastReason,
    String lastChange) {

  public LinkState {
    Objects.requireNonNull(hibobId, "hibobId");
    written = written == null ? Profile.empty() : written;
  }

  public boolean linked() {
    return remoteId != null;
  }
}
