package dev.bobsync.cli;

import java.io.Console;
import java.util.Arrays;

/** Asks for a new password twice on the terminal, without echo. */
final class PasswordPrompt {
  /** Where the password is typed: a terminal that does not echo. */
  interface Terminal {
    char[] readPassword(String prompt);
  }

  private PasswordPrompt() {}

  /** The process's terminal, or {@code null} when input or output is not one. */
  static Terminal console() {
    Console console = System.console();
    return console == null ? null : prompt -> console.readPassword("%s", prompt);
  }

  /** The password typed twice; an error when the two differ or nothing was typed. */
  static String askTwice(Terminal terminal, String email) {
    char[] first = terminal.readPassword("Password for " + email + ": ");
    char[] second = terminal.readPassword("Again, to confirm: ");
    try {
      if (first == null || first.length == 0) {
        throw new IllegalArgumentException("No password was typed");
      }
      if (!Arrays.equals(first, second)) {
        throw new IllegalArgumentException("The two passwords differ; nothing was added");
      }
      return new String(first);
    } finally {
      if (first != null) {
        Arrays.fill(first, ' ');
      }
      if (second != null) {
        Arrays.fill(second, ' ');
      }
    }
  }
}
