package dev.bobsync.emulator.remote;

import picocli.CommandLine.Command;

/** Placeholder until the Remote emulator lands. */
@Command(
    name = "remote",
    mixinStandardHelpOptions = true,
    description = "Runs the Remote API emulator.")
public final class RemoteEmulatorCommand implements Runnable {
  @Override
  public void run() {
    throw new UnsupportedOperationException("not built yet");
  }
}
