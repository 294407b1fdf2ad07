package dev.bobsync.cli;

import dev.bobsync.bench.BenchCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code bobsync} command; every feature adds its subcommand here. */
@Command(
    name = "bobsync",
    mixinStandardHelpOptions = true,
    versionProvider = BobsyncCommand.Version.class,
    description = "Connects HiBob to Remote and to compensation exports.",
    subcommands = {
      IntegrationCommand.class,
      CheckCommand.class,
      SyncCommand.class,
      PeopleCommand.class,
      AuditCommand.class,
      CompensationCommand.class,
      FieldsCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      UserCommand.class,
      TokenCommand.class,
      TimeOffCommand.class,
      ProbeCommand.class,
      EmulatorCommand.class,
      BenchCommand.class
    })
public final class BobsyncCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A command line with bobsync's exception handling, used by {@code main} and by tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new BobsyncCommand());
    cli.setExecutionExceptionHandler(new CliErrors());
    return cli;
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties props = new Properties();
      try (InputStream in =
          BobsyncCommand.class.getResourceAsStream("/bobsync-version.properties")) {
        if (in != null) {
          props.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"bobsync " + props.getProperty("version", "unknown")};
    }
  }
}
