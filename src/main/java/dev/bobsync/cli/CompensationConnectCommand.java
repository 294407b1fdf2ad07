package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.CompensationProfile;
import dev.bobsync.compensation.CompensationSetup;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compensation connect}: an integration for the compensation export only. */
@Command(
    name = "connect",
    mixinStandardHelpOptions = true,
    description = {
      "Connects HiBob for the compensation export only (no Remote): checks the service user at"
          + " once, says which permissions are missing in the guide's words, and stores it.",
      "The token may also come from BOBSYNC_HIBOB_TOKEN.",
      "Exit codes: 0 connected, 3 permissions missing, 2 credentials refused (not stored), 1"
          + " unreachable."
    })
final class CompensationConnectCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ProfileOptions profile;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "A name for the integration.")
  String name;

  @Mixin HibobOptions hibob;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (App app = data.open()) {
      CompensationSetup.Connected connected =
          new CompensationSetup(app.store(), app.clients(), app.clock())
              .connect(
                  app.store().workspaces().defaultWorkspace().id(),
                  new CompensationSetup.Request(name, hibob.url, hibob.user, hibob.token()),
                  profile.apply(CompensationProfile.defaults()),
                  hibob.saveAnyway);
      new CompensationPrinter(out).report(connected.report(), name);
      if (connected.saved()) {
        out.println(
            "Stored integration \""
                + name
                + "\" (compensation export only). Next: bobsync compensation export "
                + name
                + " --format xlsx --out "
                + name
                + ".xlsx");
      } else {
        out.println(
            "Not stored: the HiBob check failed (see above). Fix it and run this again, or add"
                + " --save-anyway to store it as it is.");
      }
      out.flush();
      return ExitCodes.of(connected.report().outcome());
    }
  }
}
