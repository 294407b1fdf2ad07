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
    } else {
      e.printStackTrace(cli.getErr());
    }
    return FAILURE;
  }
}
