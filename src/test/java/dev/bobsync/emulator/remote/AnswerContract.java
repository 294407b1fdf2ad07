package dev.bobsync.emulator.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.contract.Contract;
import dev.bobsync.contract.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Checks every answer the emulator gives on Remote's API ({@code /v1/...}) against the project's
 * contract, {@code contracts/remote.json}; the tests assert, after each test, that none broke it.
 * Requests are not checked here: emulator tests send bad requests on purpose.
 */
final class AnswerContract {
  static final Contract REMOTE = Contract.load("contracts/remote.json");

  private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());
  private final List<String> checked = Collections.synchronizedList(new ArrayList<>());

  /** Checks one answer; control API, unknown paths and injected 5xx faults are not Remote's. */
  void check(
      String method,
      String pathAndQuery,
      int status,
      Map<String, List<String>> headers,
      String body) {
    if (!pathAndQuery.startsWith("/v1/")
        || status >= 500
        || REMOTE.find(method, pathAndQuery).isEmpty()) {
      return;
    }
    checked.add(method + " " + pathAndQuery + " " + status);
    violations.addAll(REMOTE.checkResponse(method, pathAndQuery, status, headers, body));
  }

  /** The answers checked so far, as "METHOD path status". */
  List<String> checked() {
    return List.copyOf(checked);
  }

  void assertClean() {
    assertThat(violations).as("answers that break contracts/remote.json").isEmpty();
  }
}
