package dev.bobsync.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs a bobsync command as a user types it, on a data directory of the test's. */
final class CliRunner {
  private CliRunner() {}

  /** Runs {@code args} with {@code --data-dir dataDir} added; returns the exit code. */
  static int execute(Path dataDir, StringWriter out, StringWriter err, String... args) {
    var cli = BobsyncCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] withData = new String[args.length + 2];
    System.arraycopy(args, 0, withData, 0, args.length);
    withData[args.length] = "--data-dir";
    withData[args.length + 1] = dataDir.toString();
    return cli.execute(withData);
  }
}
