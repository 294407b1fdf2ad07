package dev.bobsync;

import dev.bobsync.cli.BobsyncCommand;

/** The {@code bobsync} command-line entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(BobsyncCommand.commandLine().execute(args));
  }
}
