package dev.bobsync.scheduling;

import dev.bobsync.store.PendingChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one due run of an integration does: a full sync, a targeted sync of a few people, or
 * nothing; {@code covered} are the pending changes it takes care of.
 */
record Choice(Kind kind, String trigger, List<PendingChange> covered) {
  enum Kind {
    FULL,
    TARGETED,
    NONE
  }

  static final Choice NOTHING = new Choice(Kind.NONE, null, List.of());

  Choice {
    covered = List.copyOf(covered);
  }

  static Choice full(String trigger, List<PendingChange> covered) {
    return new Choice(Kind.FULL, trigger, covered);
  }

  /** A targeted sync of the people changed; its trigger is what reported the oldest change. */
  static Choice targeted(List<PendingChange> covered) {
    return new Choice(Kind.TARGETED, covered.get(0).reason(), covered);
  }

  /** The HiBob ids of the people concerned. */
  Set<String> people() {
    Set<String> ids = new LinkedHashSet<>();
    covered.forEach(c -> ids.add(c.hibobId()));
    return ids;
  }

  /** The HiBob ids of the people whose change Remote reported (their employment is read first). */
  Set<String> changedInRemote() {
    Set<String> ids = new LinkedHashSet<>();
    covered.stream()
        .filter(c -> RemoteEvents.REASON.equals(c.reason()))
        .forEach(c -> ids.add(c.hibobId()));
    return ids;
  }

  /** Whether a change it covers concerns time off, so a targeted run syncs time off too. */
  boolean timeOff() {
    return covered.stream().anyMatch(PendingChange::timeOff);
  }

  boolean runs() {
    return kind != Kind.NONE;
  }
}
