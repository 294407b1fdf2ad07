package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The company an emulator serves, as it changes. Every change the control API offers is a method
 * here, fires the webhooks HiBob would, and publishes a new snapshot for readers.
 */
public final class LiveCompany {
  /** {@code triggeredBy} of webhooks caused through the control API. */
  static final String CONTROL_API = "control-api";

  private final Clock clock;
  private final WebhookPublisher webhooks;
  private volatile CompanySnapshot current;

  LiveCompany(CompanySnapshot initial, Clock clock, WebhookPublisher webhooks) {
    this.current = initial;
    this.clock = clock;
    this.webhooks = webhooks;
  }

  CompanySnapshot snapshot() {
    return current;
  }

  /** Adds a hire given in HiBob's nested shape; returns the new employee id. */
  public synchronized String addHire(JsonNode employee) {
    Objects.requireNonNull(employee, "employee");
    return apply(EmployeeWrites.hire(current, employee, clock.instant(), today())).employee().id();
  }

  /** Changes an employee as an HR admin would: any stored field, work and salary tables too. */
  public synchronized void patchEmployee(String id, JsonNode patch) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(patch, "patch");
    apply(EmployeeWrites.patch(current, id, patch, EmployeeWrites.Mode.ADMIN, null, today()));
  }

  /** Makes an employee a leaver now: Inactive, terminated on {@code date}. */
  public synchronized void terminate(String id, LocalDate date, String reason) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    apply(EmployeeWrites.terminate(current, id, date, reason, today()));
  }

  /** Files a time-off request now; returns its id. */
  public synchronized long addTimeOffRequest(TimeOffDraft draft) {
    Objects.requireNonNull(draft, "draft");
    current
        .people()
        .byId(draft.employeeId())
        .orElseThrow(() -> new NoSuchElementException("no employee " + draft.employeeId()));
    if (!current.policyTypes().contains(draft.policyType())) {
      throw new IllegalArgumentException(
          "no policy type " + draft.policyType() + "; the company has " + current.policyTypes());
    }
    return timeOff(book -> book.create(draft, 0, clock.instant(), null)).requestId();
  }

  /** Approves, declines or cancels a request. */
  public synchronized void setTimeOffStatus(long requestId, String status) {
    Objects.requireNonNull(status, "status");
    timeOff(book -> book.setStatus(requestId, status, clock.instant()));
  }

  /** Moves a request to other dates; HiBob replaces it, so this returns the new request id. */
  public synchronized long changeTimeOffDates(
      long requestId, LocalDate start, String startPortion, LocalDate end, String endPortion) {
    TimeOffRequest old =
        current
            .timeOff()
            .request(requestId)
            .orElseThrow(() -> new NoSuchElementException("no time-off request " + requestId));
    TimeOffDraft moved = old.toDraft().withDates(start, startPortion, end, endPortion, old.hours());
    return timeOff(book -> book.changeDates(requestId, moved, clock.instant())).requestId();
  }

  /** Deletes a request; its details answer 404 from now on. */
  public synchronized void deleteTimeOffRequest(long requestId) {
    timeOff(book -> book.delete(requestId, clock.instant()));
  }

  /** Adds the group, or replaces the one with the same name. */
  public synchronized void replacePermissionGroup(PermissionGroup group) {
    Objects.requireNonNull(group, "group");
    current = current.withAccess(current.access().withGroup(group));
  }

  /** Adds a service user, or replaces the one with the same id. */
  public synchronized void putServiceUser(ServiceUser user) {
    Objects.requireNonNull(user, "user");
    current = current.withAccess(current.access().withUser(user));
  }

  /** Renames a section; only its display name changes, never its id. */
  public synchronized void renameSection(String categoryId, String displayName) {
    Objects.requireNonNull(categoryId, "categoryId");
    Objects.requireNonNull(displayName, "displayName");
    if (!current.hasCategory(categoryId)) {
      throw new NoSuchElementException("no section " + categoryId);
    }
    current = current.withSectionName(categoryId, displayName);
  }

  /** Sends every later change to {@code url}, signed with {@code secret}. */
  public void registerWebhook(String url, String secret) {
    webhooks.register(url, secret);
  }

  public List<String> webhookUrls() {
    return webhooks.urls();
  }

  public Optional<TimeOffRequest> timeOffRequest(long requestId) {
    return current.timeOff().request(requestId);
  }

  public int employeeCount() {
    return current.people().size();
  }

  public List<ServiceUser> serviceUsers() {
    return List.copyOf(current.access().users());
  }

  /** Applies {@code PUT /v1/people/{id}}; false when nothing changed (HiBob's 304). */
  synchronized boolean updateFromApi(String id, JsonNode body, Caller caller) {
    EmployeeWrites.Result result =
        EmployeeWrites.patch(current, id, body, EmployeeWrites.Mode.API, caller.group(), today());
    current = result.snapshot();
    webhooks.publish(result.events(), caller.user().id());
    return result.changed();
  }

  synchronized String createCustomField(JsonNode body) {
    CustomFields.Created created = CustomFields.create(current, body, clock.millis());
    current = created.snapshot();
    return created.id();
  }

  synchronized String addListItem(String listName, String name, String parentId) {
    if (current.lists().get(listName).isEmpty()) {
      throw new NoSuchElementException("no list " + listName);
    }
    NamedLists.Editor lists = current.lists().edit();
    String id = lists.addNewItem(listName, name, parentId).id();
    current = current.withLists(lists.build());
    return id;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private EmployeeWrites.Result apply(EmployeeWrites.Result result) {
    current = result.snapshot();
    webhooks.publish(result.events(), CONTROL_API);
    return result;
  }

  private TimeOffRequest timeOff(Function<TimeOffBook.Editor, TimeOffBook.Outcome> operation) {
    TimeOffBook.Editor book = current.timeOff().edit();
    TimeOffBook.Outcome outcome = operation.apply(book);
    current = current.withTimeOff(book.build());
    webhooks.publish(outcome.events(), CONTROL_API);
    return outcome.request();
  }
}
