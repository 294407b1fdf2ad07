package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** A company's time off; not thread-safe, guarded by the owning {@link RemoteCompany}'s lock. */
final class TimeoffBook {
  private final Map<String, Timeoff> timeoffs = new LinkedHashMap<>();

  List<Timeoff> all() {
    return List.copyOf(timeoffs.values());
  }

  /** Creates time off from an API body; 422 when it breaks one of {@link TimeoffRules}. */
  Timeoff create(
      ObjectNode body,
      String id,
      Instant now,
      Function<String, Employment> employments,
      Predicate<String> isManager) {
    ValidationErrors errors = new ValidationErrors();
    Timeoff timeoff = TimeoffRules.read(body, id, now, false, isManager, errors);
    if (!errors.has("employment_id")) {
      TimeoffRules.checkEmployment(employments.apply(timeoff.employmentId()), errors);
    }
    TimeoffRules.checkDailyTotal(timeoff, timeoffs.values(), errors);
    errors.throwIfAny("Time off could not be created");
    timeoffs.put(timeoff.id(), timeoff);
    return timeoff;
  }

  /**
   * Adds a fixture entry, which may also be cancelled; {@link IllegalArgumentException} if wrong.
   */
  void add(ObjectNode entry, String id, Instant now, Function<String, Employment> employments) {
    ValidationErrors errors = new ValidationErrors();
    Timeoff timeoff = TimeoffRules.read(entry, id, now, true, approver -> true, errors);
    if (employments.apply(timeoff.employmentId()) == null) {
      errors.add("employment_id", "is not an employment of this company");
    }
    if (timeoffs.containsKey(id)) {
      errors.add("id", "is used twice");
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("time off " + id + ": " + errors.describe());
    }
    timeoffs.put(id, timeoff);
  }

  /** One time off; 404 when the company has none with that id. */
  Timeoff find(String id) {
    Timeoff timeoff = timeoffs.get(id);
    if (timeoff == null) {
      throw ApiError.notFound("Time off");
    }
    return timeoff;
  }

  /** Cancels time off; 409 when it already is, 422 without a reason. */
  Timeoff cancel(String id, String reason, Instant now) {
    Timeoff timeoff = find(id);
    if (timeoff.cancelled()) {
      throw ApiError.of(409, "Time off " + id + " is already cancelled");
    }
    if (JsonBodies.isBlank(reason)) {
      new ValidationErrors()
          .add("cancel_reason", "can't be blank")
          .throwIfAny("Time off could not be cancelled");
    }
    Timeoff cancelled = timeoff.cancel(reason, now);
    timeoffs.put(id, cancelled);
    return cancelled;
  }
}
