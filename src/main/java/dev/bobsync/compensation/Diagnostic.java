package dev.bobsync.compensation;

import dev.bobsync.hibob.AccessReport.Severity;
import java.util.List;
import java.util.Objects;

/**
 * One thing to fix or know about an export, in the words the benchmarking product's guide uses
 * (rule V4): "The 'Home' permission is missing", "General errors", ...
 *
 * @param title the heading, e.g. {@link #HOME_MISSING}
 * @param permissions what to tick in HiBob, in HiBob's words
 * @param fields the field ids concerned
 */
public record Diagnostic(
    Severity severity,
    String title,
    String message,
    List<String> permissions,
    List<String> fields) {

  public static final String HOME_MISSING = "The 'Home' permission is missing";
  public static final String GENERAL_ERRORS = "General errors";
  public static final String MISSING_PERMISSION = "Missing permission";
  public static final String LEAVERS_NOT_VISIBLE = "Leavers are not visible";
  public static final String FIELD_DELETED = "Custom field not found";
  public static final String UNKNOWN_FIELD = "Field not in HiBob";
  public static final String NO_EQUITY_FIELDS = "No equity fields";
  public static final String LEFT_OUT = "Left out in anonymous mode";
  public static final String HISTORY_NOT_VISIBLE = "Salary history is not visible";

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    permissions = List.copyOf(permissions);
    fields = List.copyOf(fields);
  }
}
