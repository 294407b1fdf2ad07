package dev.bobsync.probe;

import java.util.List;
import java.util.Map;

/**
 * One probed call: which endpoint, what it answered, whether the answer fits the project's
 * contract, how long it took and the rate-limit headers seen. It holds field names, types and
 * numbers only, never a value read from the vendor, so it can be pasted into a bug report.
 *
 * @param side {@code HiBob} or {@code Remote}
 * @param endpoint the contract's operation, e.g. {@code POST /v1/people/search}
 * @param status the HTTP status, or 0 when no answer came
 * @param differences where the answer differs from the contract; empty when it fits
 * @param note why the call was not checked (refused, unreachable, nothing to read), or null
 */
public record ProbeRow(
    String side,
    String endpoint,
    int status,
    List<String> differences,
    long millis,
    Map<String, String> rateLimits,
    String note) {

  public ProbeRow {
    differences = List.copyOf(differences);
    rateLimits = Map.copyOf(rateLimits);
  }

  /** Whether the call was answered and the answer fits the contract. */
  public boolean fits() {
    return note == null && differences.isEmpty();
  }

  /** Fits, or N differences, or the note. */
  public String verdict() {
    if (note != null) {
      return note;
    }
    return differences.isEmpty() ? "fits" : differences.size() + " difference(s)";
  }
}
