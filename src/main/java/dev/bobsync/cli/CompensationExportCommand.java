package dev.bobsync.cli;

import dev.bobsync.app.App;
import dev.bobsync.compensation.CompensationReader;
import dev.bobsync.compensation.ExportResult;
import dev.bobsync.compensation.Format;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.store.Integration;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compensation export}: the dataset as CSV, XLSX or JSON lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes everyone, leavers included, with pay and job data: CSV (RFC 4180), XLSX for HR"
          + " people, or JSON lines for machines. Columns: docs/compensation.md.",
      "A person whose data has a problem keeps their row; the notes column says what is wrong.",
      "Exit codes: 0 written, 3 written but permissions missing, 2 credentials refused, 1"
          + " failed. Nothing is written unless HiBob answers."
    })
final class CompensationExportCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "csv|xlsx|json",
      description = "The file format.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "Where to write it; - for standard output.")
  String outFile;

  @Option(
      names = "--anonymous",
      description = "No names, e-mails or birth dates; a stable pseudonymous id.")
  boolean anonymous;

  @Override
  public Integer call() throws IOException {
    Format f = Format.parse(format);
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = outFile.equals("-");
    PrintWriter info = toStdout ? err : spec.commandLine().getOut();
    try (App app = data.open()) {
      Integration integration = DataOptions.integration(app, name);
      ExportResult result;
      if (toStdout) {
        OutputStream stdout = new BufferedOutputStream(System.out);
        result = app.compensation().write(integration, f, stdout, anonymous, progress(err));
        stdout.flush();
      } else {
        result = toFile(app, integration, f, Path.of(outFile), progress(err));
      }
      new CompensationPrinter(info).report(result.report(), name);
      if (!result.written()) {
        info.println("Nothing was written.");
        info.flush();
        return ExitCodes.of(result.report().outcome());
      }
      info.printf(
          "Wrote %d people (%d leavers)%s to %s.%s%n",
          result.rows(),
          result.leavers(),
          result.anonymous() ? ", anonymous," : "",
          toStdout ? "standard output" : outFile,
          result.rowsWithNotes() == 0
              ? ""
              : " " + result.rowsWithNotes() + " rows have notes: see the notes column.");
      info.println("  HiBob calls: " + result.report().hibobCalls());
      info.flush();
      return result.report().outcome() == AccessReport.Outcome.OK
          ? ExitCodes.OK
          : ExitCodes.INCOMPLETE;
    }
  }

  /** Writes next to the target, then moves it in place: a failed export leaves no half file. */
  private ExportResult toFile(
      App app, Integration integration, Format f, Path target, CompensationReader.Progress p)
      throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".bobsync-export-", ".tmp");
    try {
      ExportResult result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        result = app.compensation().write(integration, f, out, anonymous, p);
      }
      if (result.written()) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return result;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static CompensationReader.Progress progress(PrintWriter err) {
    return (done, total) -> {
      if (done == 1) {
        err.printf(
            "Reading %d salary tables: one HiBob call each, at most %d a minute (about %d"
                + " minutes).%n",
            total,
            HibobClient.REQUESTS_PER_MINUTE,
            (total + HibobClient.REQUESTS_PER_MINUTE - 1) / HibobClient.REQUESTS_PER_MINUTE);
      }
      if (done == total || done % 100 == 0) {
        err.printf("  salary tables read: %d of %d%n", done, total);
      }
      err.flush();
    };
  }
}
