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
 * @param changedInRemote HiBob ids of people whose Remote employment Remote reported changed (its
 *     webhook): a targeted sync reads their employment before planning them
 */
public record SyncOptions(
    boolean dryRun,
    String trigger,
    String node,
    Progress progress,
    Set<String> people,
    boolean timeOff,
    Set<String> changedInRemote) {
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
    changedInRemote = changedInRemote == null ? Set.of() : Set.copyOf(changedInRemote);
  }

  public boolean targeted() {
    return !people.isEmpty();
  }

  public static SyncOptions of(String trigger) {
    return new SyncOptions(false, trigger, null, null, Set.of(), false, Set.of());
  }

  public SyncOptions dry() {
    return new SyncOptions(true, trigger, node, progress, people, timeOff, changedInRemote);
  }

  public SyncOptions withProgress(Progress p) {
    return new SyncOptions(dryRun, trigger, node, p, people, timeOff, changedInRemote);
  }

  /** Only these people: HiBob is read for them alone, and Remote only where they are concerned. */
  public SyncOptions only(Set<String> hibobIds) {
    return new SyncOptions(dryRun, trigger, node, progress, hibobIds, timeOff, changedInRemote);
  }

  /** A targeted sync that also syncs the people's time off (their requests alone). */
  public SyncOptions withTimeOff() {
    return new SyncOptions(dryRun, trigger, node, progress, people, true, changedInRemote);
  }

  public SyncOptions on(String nodeName) {
    return new SyncOptions(dryRun, trigger, nodeName, progress, people, timeOff, changedInRemote);
  }

  /**
   * A targeted sync that reads these people's Remote employments first: Remote reported them
   * changed (onboarding completed, status or details updated).
   */
  public SyncOptions changedInRemote(Set<String> hibobIds) {
    return new SyncOptions(dryRun, trigger, node, progress, people, timeOff, hibobIds);
  }
}
