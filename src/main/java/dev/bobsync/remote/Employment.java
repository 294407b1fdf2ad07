package dev.bobsync.remote;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a sync needs to know of one Remote employment, read from Remote's employment shape.
 *
 * @param managerEmail the e-mail of its manager in Remote, if any
 * @param department the department's name, if any
 */
public record Employment(
    String id,
    String type,
    String status,
    String fullName,
    String personalEmail,
    String loginEmail,
    String workEmail,
    String jobTitle,
    LocalDate startDate,
    String externalId,
    String countryCode,
    String department,
    String managerEmail) {

  public Employment {
    Objects.requireNonNull(id, "id");
  }

  public Stage stage() {
    return Stage.of(status);
  }

  /** Every e-mail Remote knows this employment by, trimmed and lower-cased (rule R2). */
  public Stream<String> emails() {
    return Stream.of(personalEmail, loginEmail, workEmail)
        .filter(Objects::nonNull)
        .map(Emails::normalize)
        .filter(e -> !e.isEmpty())
        .distinct();
  }
}
