package dev.bobsync.contract;

import java.util.Objects;

/**
 * One way a request or an answer differs from a vendor's contract. {@code where} names the call and
 * the part (e.g. {@code "POST /v1/employments request body $.basic_information"}); {@code problem}
 * says what is wrong in terms of field names and types, never the value that was sent.
 */
public record Violation(String where, String problem) {
  public Violation {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(problem, "problem");
  }

  @Override
  public String toString() {
    return where + ": " + problem;
  }
}
