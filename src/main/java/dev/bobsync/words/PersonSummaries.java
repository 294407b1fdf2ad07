package dev.bobsync.words;

/**
 * A person's state in one line: "Ana Lima (EOR employee): Waiting: Start date not in the future".
 */
public final class PersonSummaries {
  private PersonSummaries() {}

  /** The line from the codes the store keeps; any of them may be null. */
  public static String of(String name, String remoteType, String status, String reasonCode) {
    String type = EmploymentTypes.name(remoteType);
    StringBuilder s = new StringBuilder(name == null ? "?" : name);
    if (!type.isEmpty()) {
      s.append(" (").append(type).append(')');
    }
    s.append(": ").append(status == null ? "Not synced yet" : Statuses.person(status));
    if (reasonCode != null && !reasonCode.isBlank()) {
      s.append(" (").append(Codes.decapitalized(Reasons.of(reasonCode))).append(')');
    }
    return s.toString();
  }
}
