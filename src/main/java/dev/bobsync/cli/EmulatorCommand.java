package dev.bobsync.cli;

import dev.bobsync.emulator.hibob.HibobEmulatorCommand;
import dev.bobsync.emulator.remote.RemoteEmulatorCommand;
import picocli.CommandLine.Command;

/** {@code bobsync emulator hibob|remote}: stand-ins for the vendors' APIs. */
@Command(
    name = "emulator",
    mixinStandardHelpOptions = true,
    description = "Runs a stand-in for HiBob's or Remote's API until stopped.",
    subcommands = {HibobEmulatorCommand.class, RemoteEmulatorCommand.class})
public final class EmulatorCommand {}
