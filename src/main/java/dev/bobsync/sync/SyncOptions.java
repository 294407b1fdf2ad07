package dev.bobsync.sync;

import java.util.Objects;
import java.util.Set;

/**
 * How to run one sync.
 *
 * @param dryRun plan and report, but write nothing to Remote, HiBob or the store
 * @param trigger what started it: {@code cli}, {@code manual}, {@code schedule}, {@code webhook}
 * @param node which instance runs it, for the run history
 * @param progress told how many people are done, as it goes
 * @param people the HiBob ids to sync (a targeted sync after a webhook); empty for everyone
 * @param timeOff whether a targeted sync also syncs these people's time off (after a time-off
 *     webhook); a full sync always does
 */
public record SyncOptions(
    boolean dryRun,
    String trigger,
    String node,
    Progress progress,
    Set<String> people,
    boolean timeOff) {
  /** Told after each person. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  public SyncOptions {
    Objects.requireNonNull(trigger, "trigger");
    node = node == null ? "local" : node;
    progress = progress == null ? (done, total) -> {} : progress;
    people = people == null ? Set.of() : Set.copyOf(people);
  }

  public boolean targeted() {
    return !people.isEmpty();
  }

  public static SyncOptions of(String trigger) {
    return new SyncOptions(false, trigger, null, null, Set.of(), false);
  }

  public SyncOptions dry() {
    return new SyncOptions(true, trigger, node, progress, people, timeOff);
  }

  public SyncOptions withProgress(Progress p) {
    return new SyncOptions(dryRun, trigger, node, p, people, timeOff);
  }

  /** Only these people: HiBob is read for them alone, and Remote only where they are concerned. */
  public SyncOptions only(Set<String> hibobIds) {
    return new SyncOptions(dryRun, trigger, node, progress, hibobIds, timeOff);
  }

  /** A targeted sync that also syncs the people's time off (their requests alone). */
  public SyncOptions withTimeOff() {
    return new SyncOptions(dryRun, trigger, node, progress, people, true);
  }

  public SyncOptions on(String nodeName) {
    return new SyncOptions(dryRun, trigger, nodeName, progress, people, timeOff);
  }
}
