package dev.bobsync.emulator.hibob;

import picocli.CommandLine.Command;

/** Placeholder until the Hibob emulator lands. */
@Command(
    name = "hibob",
    mixinStandardHelpOptions = true,
    description = "Runs the Hibob API emulator.")
public final class HibobEmulatorCommand implements Runnable {
  @Override
  public void run() {
    throw new UnsupportedOperationException("not built yet");
  }
}
