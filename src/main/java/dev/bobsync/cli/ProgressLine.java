package dev.bobsync.cli;

import dev.bobsync.sync.SyncOptions;
import java.io.PrintWriter;

/**
 * A sync's progress on standard error: one line updated in place on a terminal; otherwise (a log
 * file, a pipe) a line at each tenth of the way, so logs stay readable.
 */
final class ProgressLine implements SyncOptions.Progress {
  private final PrintWriter err;
  private final String label;
  private final boolean terminal;
  private int printedTenths;

  ProgressLine(PrintWriter err, String label, boolean terminal) {
    this.err = err;
    this.label = label;
    this.terminal = terminal;
  }

  /** On the process's terminal when there is one. */
  static ProgressLine of(PrintWriter err, String label) {
    return new ProgressLine(err, label, System.console() != null);
  }

  @Override
  public void update(int done, int total) {
    String text = label + ": " + done + " / " + total + " people";
    if (terminal) {
      err.print("\r" + text);
      if (done >= total) {
        err.println();
      }
    } else {
      int tenths = total <= 0 ? 10 : (int) Math.min(10, (long) done * 10 / total);
      if (tenths <= printedTenths) {
        return;
      }
      printedTenths = tenths;
      err.println(text + " (" + tenths * 10 + " %)");
    }
    err.flush();
  }
}
