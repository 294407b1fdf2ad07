package dev.bobsync.remote;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a sync needs to know of one Remote employment, read from Remote's employment shape.
 *
 * @param managerEmail the e-mail of its manager in Remote, if any (only a full read carries it)
 * @param department the department's name, if any
 * @param full read with {@code GET /v1/employments/{id}}: a list item ({@code MinimalEmployment})
 *     has no start date, manager, address or forms, so those are never compared with one
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
    String managerEmail,
    boolean full) {

  public Employment {
    Objects.requireNonNull(id, "id");
  }

  /** An employment read in full. */
  public Employment(
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
    this(
        id,
        type,
        status,
        fullName,
        personalEmail,
        loginEmail,
        workEmail,
        jobTitle,
        startDate,
        externalId,
        countryCode,
        department,
        managerEmail,
        true);
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
