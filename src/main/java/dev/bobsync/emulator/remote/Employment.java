package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One employment as the emulator stores it: the forms as they were sent, plus the fields Remote
 * keeps beside them ({@code legalEntityId} is the engaging legal entity). Forms are copied in and
 * out, so an instance never changes.
 */
public record Employment(
    String id,
    EmploymentType type,
    EmploymentStatus status,
    String countryCode,
    String externalId,
    String loginEmail,
    String managerId,
    String departmentId,
    String legalEntityId,
    String billToLegalEntityId,
    Map<EmploymentForm, ObjectNode> forms,
    Instant createdAt,
    Instant updatedAt) {

  public Employment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    forms = copy(Objects.requireNonNull(forms, "forms"));
  }

  /** A copy of every form present. */
  @Override
  public Map<EmploymentForm, ObjectNode> forms() {
    return copy(forms);
  }

  /** A copy of one form, or {@code null} when the employment has none. */
  public ObjectNode form(EmploymentForm form) {
    ObjectNode node = forms.get(form);
    return node == null ? null : node.deepCopy();
  }

  public String fullName() {
    return basic("name");
  }

  /** The personal e-mail ({@code basic_information.email}). */
  public String personalEmail() {
    return basic("email");
  }

  public String workEmail() {
    return basic("work_email");
  }

  public String jobTitle() {
    return basic("job_title");
  }

  /** The start date, or {@code null} when absent or not an ISO date. */
  public LocalDate provisionalStartDate() {
    String text = basic("provisional_start_date");
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Every e-mail this employment answers to, as given (personal, login, work). */
  public Stream<String> emails() {
    return Stream.of(personalEmail(), loginEmail, workEmail()).filter(Objects::nonNull);
  }

  /** The same employment in another status, changed at {@code now}. */
  public Employment withStatus(EmploymentStatus next, Instant now) {
    return new Employment(
        id,
        type,
        next,
        countryCode,
        externalId,
        loginEmail,
        managerId,
        departmentId,
        legalEntityId,
        billToLegalEntityId,
        forms,
        createdAt,
        now);
  }

  private String basic(String field) {
    ObjectNode basic = forms.get(EmploymentForm.BASIC_INFORMATION);
    JsonNode value = basic == null ? null : basic.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private static Map<EmploymentForm, ObjectNode> copy(Map<EmploymentForm, ObjectNode> forms) {
    Map<EmploymentForm, ObjectNode> copy = new EnumMap<>(EmploymentForm.class);
    forms.forEach((form, node) -> copy.put(form, node.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }
}
