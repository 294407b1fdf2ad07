package dev.bobsync.emulator.remote;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which employments hold each e-mail (personal, login, work; trimmed, lower-case), deleted ones
 * left out: what uniqueness checks and managers' own employments are looked up in, without a scan
 * of the whole company.
 */
final class EmailIndex {
  private final Map<String, Set<String>> holders = new HashMap<>();

  /** Records that {@code after} replaces {@code before} (either may be null). */
  void replace(Employment before, Employment after) {
    if (before != null) {
      before
          .emails()
          .map(EmploymentRules::normalize)
          .forEach(
              email ->
                  holders.computeIfPresent(
                      email, (k, ids) -> ids.remove(before.id()) && ids.isEmpty() ? null : ids));
    }
    if (after != null && after.status() != EmploymentStatus.DELETED) {
      after
          .emails()
          .map(EmploymentRules::normalize)
          .filter(Objects::nonNull)
          .forEach(
              email -> holders.computeIfAbsent(email, k -> new LinkedHashSet<>()).add(after.id()));
    }
  }

  /** Whether an employment other than {@code id} holds {@code email}. */
  boolean takenByOther(String email, String id) {
    Set<String> ids = holders.get(EmploymentRules.normalize(email));
    return ids != null && ids.stream().anyMatch(other -> !other.equals(id));
  }

  /** The employment holding {@code email}, the first one indexed if several do. */
  Optional<String> holder(String email) {
    Set<String> ids = holders.get(EmploymentRules.normalize(email));
    return ids == null ? Optional.empty() : ids.stream().findFirst();
  }
}
