package dev.bobsync.cli;

import dev.bobsync.BobsyncException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints bobsync's own failures as one clear line; anything else keeps its stack trace. */
final class CliErrors implements IExecutionExceptionHandler {
  static final int FAILURE = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof BobsyncException || e instanceof IllegalArgumentException) {
      cli.getErr().println("error: " + e.getMessage());
    } else if (bindFailure(e)) {
      cli.getErr().println("error: a port is already in use; choose another with --port");
    } else {
      e.printStackTrace(cli.getErr());
    }
    return FAILURE;
  }

  /** Whether a server could not listen on its port (a race the start-up check cannot rule out). */
  private static boolean bindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException
          || t.getClass().getSimpleName().equals("JavalinBindException")) {
        return true;
      }
    }
    return false;
  }
}
