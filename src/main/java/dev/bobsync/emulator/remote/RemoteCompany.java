package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
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
  private final CountryForms forms = CountryForms.standard();
  private volatile ErrorShape errorShape;

  RemoteCompany(RemoteFixture.Company info, Clock clock, Ids ids, EmploymentEvents events) {
    this.info = info;
    this.clock = clock;
    this.ids = ids;
    this.events = events;
    this.errorShape =
        info.errorShape() == null
            ? ErrorShape.ERRORS_OBJECT
            : ErrorShape.fromWire(info.errorShape())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "company "
                                + info.id()
                                + ": errorShape "
                                + info.errorShape()
                                + " is not one of errors_object, errors_list, message_list,"
                                + " message_string"));
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

  /** The shape of this company's 422 answers. */
  public ErrorShape errorShape() {
    return errorShape;
  }

  /** Makes this company answer 422s in {@code shape} from now on. */
  public void errorShape(ErrorShape shape) {
    this.errorShape = Objects.requireNonNull(shape, "shape");
  }

  CountryForms forms() {
    return forms;
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
    Employment created = NewEmployment.read(body, ids.next("employment"), now(), forms, errors);
    rules().check(created, true, errors).throwIfAny("Employment could not be created");
    created = withNewDepartment(created);
    store(created);
    return created;
  }

  synchronized Employment updateEmployment(String employmentId, ObjectNode body) {
    Employment current = visibleEmployment(employmentId);
    EmploymentPatch patch = new EmploymentPatch(body);
    if (patch.keys().isEmpty()) {
      return current;
    }
    patch.checkAllowed(current);
    ValidationErrors errors = new ValidationErrors();
    Employment updated = patch.applyTo(current, now(), forms, errors);
    rules()
        .check(updated, body.has("basic_information"), errors)
        .throwIfAny("Employment could not be updated");
    updated = withNewDepartment(updated);
    store(updated);
    events.publish(id(), EmploymentEvents.UPDATED, updated.id());
    return updated;
  }

  /**
   * A basic information naming a department by {@code name} without an {@code id} creates it, as
   * Remote's form does; the employment then refers to the new department.
   */
  private Employment withNewDepartment(Employment e) {
    ObjectNode basic = e.form(EmploymentForm.BASIC_INFORMATION);
    JsonNode department = basic == null ? null : basic.get("department");
    if (department == null
        || !department.isObject()
        || department.path("id").isTextual()
        || JsonBodies.isBlank(department.path("name").asText(null))) {
      return e;
    }
    Department created = addDepartment(department.path("name").asText());
    ((ObjectNode) basic.get("department")).put("id", created.id());
    Map<EmploymentForm, ObjectNode> blocks = new EnumMap<>(EmploymentForm.class);
    blocks.putAll(e.forms());
    blocks.put(EmploymentForm.BASIC_INFORMATION, basic);
    return new Employment(
        e.id(),
        e.type(),
        e.status(),
        e.countryCode(),
        e.externalId(),
        e.loginEmail(),
        e.managerId(),
        created.id(),
        e.legalEntityId(),
        e.billToLegalEntityId(),
        blocks,
        e.createdAt(),
        e.updatedAt());
  }

  /** An employment the API may show: not deleted; 404 otherwise. */
  synchronized Employment visibleEmployment(String employmentId) {
    Employment employment = employments.get(employmentId);
    if (employment == null || employment.status() == EmploymentStatus.DELETED) {
      throw ApiError.notFound("Employment");
    }
    return employment;
  }

  /** Adds a department: a name of 1 to 255 characters, not necessarily unique (as Remote). */
  synchronized Department addDepartment(String name) {
    ValidationErrors errors = new ValidationErrors();
    if (JsonBodies.isBlank(name)) {
      errors.add("name", "can't be blank");
    } else if (name.trim().codePointCount(0, name.trim().length()) > 255) {
      errors.add("name", "should be at most 255 character(s)");
    }
    errors.throwIfAny("Department could not be created");
    Department department = new Department(ids.next("department"), name.trim());
    departments.put(department.id(), department);
    return department;
  }

  synchronized Timeoff createTimeoff(ObjectNode body) {
    return timeoffs.create(
        body, ids.next("timeoff"), now(), employments::get, managersById::containsKey);
  }

  synchronized Timeoff timeoff(String timeoffId) {
    return timeoffs.find(timeoffId);
  }

  synchronized Timeoff cancelTimeoff(String timeoffId, String reason) {
    return timeoffs.cancel(timeoffId, reason, now());
  }

  /** The employment as show answers it ({@code Employment} with {@code termination_date}). */
  synchronized ObjectNode render(Employment employment) {
    return EmploymentJson.shown(employment, view());
  }

  /** The employment as an update answers it ({@code Employment}). */
  synchronized ObjectNode renderFull(Employment employment) {
    return EmploymentJson.full(employment, view());
  }

  /** The employment as a list item ({@code MinimalEmployment}). */
  synchronized ObjectNode renderMinimal(Employment employment) {
    return EmploymentJson.minimal(employment, view());
  }

  /** The employment as the create answers it. */
  synchronized ObjectNode renderCreated(Employment employment) {
    return EmploymentJson.created(employment, view());
  }

  private EmploymentJson.Context view() {
    return new EmploymentJson.Context(
        id(), departments, managersById::get, email -> emails.holder(email).orElse(null), forms);
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
