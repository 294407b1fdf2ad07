package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One company's live state in the emulator, changed only under its own lock. Public methods are the
 * Java API for tests; the package-private ones serve the HTTP routes and answer {@link ApiError}s.
 */
public final class RemoteCompany {
  private final RemoteFixture.Company info;
  private final Clock clock;
  private final Ids ids;
  private final EmploymentEvents events;
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, Employment> employments = new LinkedHashMap<>();
  private final EmailIndex emails = new EmailIndex();
  private final Map<String, Manager> managersById = new HashMap<>();
  private final TimeoffBook timeoffs = new TimeoffBook();

  RemoteCompany(RemoteFixture.Company info, Clock clock, Ids ids, EmploymentEvents events) {
    this.info = info;
    this.clock = clock;
    this.ids = ids;
    this.events = events;
    info.departments().forEach(d -> departments.put(d.id(), d));
    info.managers().forEach(m -> managersById.putIfAbsent(m.userId(), m));
    info.employments().forEach(this::addEmployment);
    info.timeoffs().forEach(this::addTimeoff);
  }

  public String id() {
    return info.id();
  }

  public String name() {
    return info.name();
  }

  public int rateLimitPerMinute() {
    return info.rateLimitPerMinute();
  }

  public List<LegalEntity> legalEntities() {
    return info.legalEntities();
  }

  public List<Manager> managers() {
    return info.managers();
  }

  String apiToken() {
    return info.apiToken();
  }

  public synchronized List<Department> departments() {
    return List.copyOf(departments.values());
  }

  /** Every employment, deleted ones included, in creation order. */
  public synchronized List<Employment> employments() {
    return List.copyOf(employments.values());
  }

  public synchronized Optional<Employment> employment(String id) {
    return Optional.ofNullable(employments.get(id));
  }

  /** Every time off, cancelled ones included, in creation order. */
  public synchronized List<Timeoff> timeoffs() {
    return timeoffs.all();
  }

  /**
   * Adds an employment as a fixture would, in any status; invalid data is an {@link
   * IllegalArgumentException}.
   */
  public synchronized Employment addEmployment(RemoteFixture.EmploymentEntry entry) {
    Objects.requireNonNull(entry, "entry");
    Employment employment = FixtureEmployments.toEmployment(entry, ids, now());
    if (employments.containsKey(employment.id())) {
      throw new IllegalArgumentException(
          "company " + id() + ": employment id " + employment.id() + " is used twice");
    }
    ValidationErrors errors = rules().check(employment, false, new ValidationErrors());
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "company " + id() + ", employment " + employment.id() + ": " + errors.describe());
    }
    store(employment);
    return employment;
  }

  /**
   * Moves an employment to another status, as Remote's onboarding would, and fires the webhooks;
   * moving to the status it has changes nothing.
   */
  public synchronized Employment moveEmployment(String employmentId, EmploymentStatus next) {
    Objects.requireNonNull(employmentId, "employmentId");
    Objects.requireNonNull(next, "next");
    Employment current =
        employment(employmentId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no employment " + employmentId + " in company " + id()));
    if (current.status() == next) {
      return current;
    }
    if (!current.status().canMoveTo(next)) {
      throw new IllegalStateException(
          "employment "
              + employmentId
              + " cannot move from "
              + current.status().wire()
              + " to "
              + next.wire());
    }
    Employment moved = current.withStatus(next, now());
    store(moved);
    EmploymentEvents.ofMove(current.status(), next)
        .forEach(event -> events.publish(id(), event, moved.id()));
    return moved;
  }

  synchronized Employment createEmployment(ObjectNode body) {
    ValidationErrors errors = new ValidationErrors();
    Employment created = NewEmployment.read(body, ids.next("employment"), now(), errors);
    rules().check(created, true, errors).throwIfAny("Employment could not be created");
    store(created);
    return created;
  }

  synchronized Employment updateEmployment(String employmentId, ObjectNode body) {
    Employment current = visibleEmployment(employmentId);
    EmploymentPatch patch = new EmploymentPatch(body);
    if (patch.fields().isEmpty()) {
      return current;
    }
    patch.checkAllowed(current);
    ValidationErrors errors = new ValidationErrors();
    Employment updated = patch.applyTo(current, now(), errors);
    rules().check(updated, true, errors).throwIfAny("Employment could not be updated");
    store(updated);
    events.publish(id(), EmploymentEvents.UPDATED, updated.id());
    return updated;
  }

  /** An employment the API may show: not deleted; 404 otherwise. */
  synchronized Employment visibleEmployment(String employmentId) {
    Employment employment = employments.get(employmentId);
    if (employment == null || employment.status() == EmploymentStatus.DELETED) {
      throw ApiError.notFound("Employment");
    }
    return employment;
  }

  synchronized Department addDepartment(String name) {
    ValidationErrors errors = new ValidationErrors();
    if (JsonBodies.isBlank(name)) {
      errors.add("name", "can't be blank");
    } else if (departments.values().stream()
        .anyMatch(d -> d.name().equalsIgnoreCase(name.trim()))) {
      errors.add("name", "has already been taken");
    }
    errors.throwIfAny("Department could not be created");
    Department department = new Department(ids.next("department"), name.trim());
    departments.put(department.id(), department);
    return department;
  }

  synchronized Timeoff createTimeoff(ObjectNode body) {
    return timeoffs.create(body, ids.next("timeoff"), now(), employments::get);
  }

  synchronized Timeoff timeoff(String timeoffId) {
    return timeoffs.find(timeoffId);
  }

  synchronized Timeoff cancelTimeoff(String timeoffId, String reason) {
    return timeoffs.cancel(timeoffId, reason, now());
  }

  /** The employment in Remote's read shape. */
  synchronized ObjectNode render(Employment employment) {
    return EmploymentJson.render(
        employment, departments, managersById::get, email -> emails.holder(email).orElse(null));
  }

  private void store(Employment employment) {
    emails.replace(employments.put(employment.id(), employment), employment);
  }

  private void addTimeoff(ObjectNode entry) {
    String id = entry.path("id").isTextual() ? entry.get("id").asText() : ids.next("timeoff");
    try {
      timeoffs.add(entry, id, now(), employments::get);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("company " + id() + ", " + e.getMessage(), e);
    }
  }

  private EmploymentRules rules() {
    return new EmploymentRules(
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
        info.managers(),
        departments.values(),
        info.legalEntities(),
        emails);
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }
}
