package dev.bobsync.sync.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everyone HiBob returned in one people search, normalized, and the fields that came back for no
 * one (HiBob drops fields the service user may not see without a word).
 *
 * @param hidden field id to the HiBob permission that would show it
 * @param unknownSyncValues HiBob id to a "Sync to Remote" value that is none of the three known
 */
public record Snapshot(
    List<Person> people,
    Map<String, String> hidden,
    Instant readAt,
    Map<String, String> unknownSyncValues) {
  public Snapshot {
    people = List.copyOf(people);
    hidden = Map.copyOf(hidden);
    unknownSyncValues = Map.copyOf(unknownSyncValues);
  }

  public Snapshot(List<Person> people, Map<String, String> hidden, Instant readAt) {
    this(people, hidden, readAt, Map.of());
  }
}
