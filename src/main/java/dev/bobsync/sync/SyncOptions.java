package dev.bobsync.sync;

import java.util.Objects;

/**
 * How to run one sync.
 *
 * @param dryRun plan and report, but write nothing to Remote, HiBob or the store
 * @param trigger what started it: {@code cli}, {@code manual}, {@code schedule}, {@code webhook}
 * @param node which instance runs it, for the run history
 * @param progress told how many people are done, as it goes
 */
public record SyncOptions(boolean dryRun, String trigger, String node, Progress progress) {
  /** Told after each person. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  public SyncOptions {
    Objects.requireNonNull(trigger, "trigger");
    node = node == null ? "local" : node;
    progress = progress == null ? (done, total) -> {} : progress;
  }

  public static SyncOptions of(String trigger) {
    return new SyncOptions(false, trigger, null, null);
  }

  public SyncOptions dry() {
    return new SyncOptions(true, trigger, node, progress);
  }

  public SyncOptions withProgress(Progress p) {
    return new SyncOptions(dryRun, trigger, node, p);
  }

  public SyncOptions on(String nodeName) {
    return new SyncOptions(dryRun, trigger, nodeName, progress);
  }
}
