package dev.bobsync.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bobsync compensation ...}: the compensation export (rules V1-V5). */
@Command(
    name = "compensation",
    mixinStandardHelpOptions = true,
    description = {
      "The compensation export: everyone, leavers included, with pay and job data for a"
          + " pay-benchmarking product; named or anonymous.",
      "Start with `compensation connect` (HiBob only), or `compensation profile` on an"
          + " integration that already syncs to Remote."
    },
    subcommands = {
      CompensationConnectCommand.class,
      CompensationProfileCommand.class,
      CompensationCheckCommand.class,
      CompensationExportCommand.class,
      CompensationInsightsCommand.class
    })
public final class CompensationCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
