package dev.bobsync.probe;

import java.util.List;

/** Every probed call of one integration, HiBob's first, then Remote's. */
public record ProbeResult(String integration, List<ProbeRow> rows) {
  public ProbeResult {
    rows = List.copyOf(rows);
  }

  /** Whether every call was answered and fits the contract. */
  public boolean fits() {
    return !rows.isEmpty() && rows.stream().allMatch(ProbeRow::fits);
  }

  /** {@code bobsync probe}'s exit code: 0 when everything fits, 4 when something differs. */
  public int exitCode() {
    return fits() ? 0 : 4;
  }
}
