package dev.bobsync.words;

import java.util.Map;

/** Remote's employment types ({@code employee}, {@code contractor}, ...) as HR names them. */
public final class EmploymentTypes {
  private static final Map<String, String> NAMES =
      Map.of(
          "employee", "EOR employee",
          "eor_employee", "EOR employee",
          "contractor", "contractor",
          "global_payroll_employee", "Global Payroll employee",
          "global_payroll", "Global Payroll employee",
          "direct_employee", "direct employee");

  private EmploymentTypes() {}

  /** As it reads inside a sentence: "EOR employee", "contractor", "Global Payroll employee". */
  public static String name(String remoteType) {
    if (remoteType == null || remoteType.isBlank()) {
      return "";
    }
    String words = NAMES.get(Codes.normalized(remoteType));
    return words != null ? words : Codes.readable(remoteType).toLowerCase(java.util.Locale.ROOT);
  }

  /** As it reads in a column or at the start of a sentence: "EOR employee", "Contractor". */
  public static String label(String remoteType) {
    return Codes.capitalized(name(remoteType));
  }

  /** Whether the type has words of its own (not the fallback). */
  public static boolean knows(String remoteType) {
    return remoteType != null && NAMES.containsKey(Codes.normalized(remoteType));
  }
}
