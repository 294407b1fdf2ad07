package dev.bobsync.sync.timeoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.remote.TimeOff;
import dev.bobsync.remote.TimeOffDay;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.Store;
import dev.bobsync.store.TimeOffRecord;
import dev.bobsync.sync.timeoff.RequestResult.Action;
import dev.bobsync.words.TimeOffWords;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records each request's outcome in the store (nothing in a dry run), audits every write to Remote,
 * and keeps what the run report shows: what was done, what is new, what failed.
 */
final class TimeOffOutcomes {
  private final Store store;
  private final String integrationId;
  private final String runId;
  private final String actor;
  private final ObjectMapper json;
  private final Clock clock;
  private final boolean dryRun;
  private final List<RequestResult> reported = new ArrayList<>();

  TimeOffOutcomes(
      Store store,
      String integrationId,
      String runId,
      String actor,
      ObjectMapper json,
      Clock clock,
      boolean dryRun) {
    this.store = store;
    this.integrationId = integrationId;
    this.runId = runId;
    this.actor = actor;
    this.json = json;
    this.clock = clock;
    this.dryRun = dryRun;
  }

  /** What the report shows, in the order it happened. */
  List<RequestResult> reported() {
    return List.copyOf(reported);
  }

  /**
   * Stores the request as HiBob now has it, before a create is claimed for it, and returns the row
   * (with its attempts) the claim must match.
   */
  TimeOffRecord beforeBooking(TimeOffAction.Book b, TimeOffRecord previous) {
    TimeOffRecord row =
        previous != null
            ? LedgerRows.refreshed(integrationId, b.request(), b.person(), previous)
            : LedgerRows.row(
                integrationId,
                b.request(),
                b.person(),
                null,
                TimeOffStatus.WAITING,
                null,
                TimeOffMessages.describe(b.request(), b.person()) + " is being booked in Remote.",
                null,
                null,
                null,
                null);
    store.timeOff().save(row);
    return row;
  }

  void booked(TimeOffAction.Book b, TimeOffRecord previous, TimeOff created) {
    String message =
        TimeOffMessages.describe(b.request(), b.person())
            + " is booked in Remote: "
            + b.timeOff().hours()
            + " hours as "
            + TimeOffWords.remoteType(b.timeOff().type())
            + "."
            + (b.note() == null ? "" : " " + b.note());
    audit("create_timeoff", b.request(), created.id(), b.timeOff().days(), b.timeOff().type());
    save(
        b.request(),
        b.person(),
        previous,
        TimeOffStatus.BOOKED,
        null,
        message,
        b.timeOff().employmentId(),
        created.id(),
        b.timeOff().days(),
        null,
        Action.BOOKED);
  }

  /** An earlier create, found in Remote: booked, or cancelled there since. */
  void found(TimeOffAction a, TimeOffRecord previous, TimeOff found) {
    boolean cancelled = found.cancelled();
    String message =
        TimeOffMessages.describe(a.request(), a.person())
            + (cancelled
                ? " was booked in Remote by an earlier run and has been cancelled there since."
                : " is booked in Remote (found there after an earlier run did not record it).");
    save(
        a.request(),
        a.person(),
        previous,
        cancelled ? TimeOffStatus.CANCELLED : TimeOffStatus.BOOKED,
        cancelled ? TimeOffReason.CANCELLED_IN_REMOTE : null,
        message,
        found.employmentId(),
        found.id(),
        found.days(),
        null,
        cancelled ? Action.NONE : Action.BOOKED);
  }

  void cancelled(TimeOffAction.Cancel c, TimeOffRecord previous, String timeOffId, String note) {
    audit("cancel_timeoff", c.request(), timeOffId, List.of(), c.reason().name());
    save(
        c.request(),
        c.person(),
        previous,
        TimeOffStatus.CANCELLED,
        c.reason(),
        c.message() + (note == null ? "" : " " + note),
        c.employmentId() != null
            ? c.employmentId()
            : previous == null ? null : previous.remoteEmploymentId(),
        timeOffId,
        previous == null ? List.of() : LedgerRows.days(previous.bookedDays()),
        null,
        Action.CANCELLED);
  }

  void held(TimeOffAction.Hold h, TimeOffRecord previous) {
    save(
        h.request(),
        h.person(),
        previous,
        h.reason().status(),
        h.reason(),
        h.message(),
        previous == null ? null : previous.remoteEmploymentId(),
        null,
        List.of(),
        null,
        Action.NONE);
  }

  /**
   * A failure; the request's Remote time off, if any, is kept, and so is a create in flight when
   * {@code inFlight} (the next run then looks for it before trying again).
   */
  void failed(
      TimeOffAction a,
      TimeOffRecord previous,
      TimeOffReason reason,
      String message,
      boolean inFlight) {
    save(
        a.request(),
        a.person(),
        previous,
        TimeOffStatus.FAILED,
        reason,
        TimeOffMessages.describe(a.request(), a.person()) + ": " + message,
        previous == null ? null : previous.remoteEmploymentId(),
        previous == null ? null : previous.remoteTimeOffId(),
        previous == null ? List.of() : LedgerRows.days(previous.bookedDays()),
        inFlight ? clock.instant() : null,
        Action.NONE);
  }

  /** Nothing to do in Remote; HiBob's newest data is kept if it changed. */
  void kept(TimeOffAction.Keep k, TimeOffRecord previous) {
    if (previous == null) {
      return;
    }
    TimeOffRecord row = LedgerRows.refreshed(integrationId, k.request(), k.person(), previous);
    if (!dryRun && !row.equals(previous)) {
      store.timeOff().save(row);
    }
  }

  /** A dry run's line: what would happen. */
  void planned(TimeOffAction a, TimeOffRecord previous) {
    if (a instanceof TimeOffAction.Book b) {
      String message = TimeOffMessages.describe(b.request(), b.person()) + " would be booked.";
      report(
          b.request(),
          b.person(),
          TimeOffStatus.BOOKED,
          null,
          message,
          null,
          b.timeOff().days(),
          Action.BOOKED);
    } else if (a instanceof TimeOffAction.Cancel c) {
      report(
          c.request(),
          c.person(),
          TimeOffStatus.CANCELLED,
          c.reason(),
          c.message(),
          c.remoteTimeOffId(),
          List.of(),
          Action.CANCELLED);
    } else if (a instanceof TimeOffAction.Recover r) {
      report(
          r.request(),
          r.person(),
          TimeOffStatus.WAITING,
          null,
          TimeOffMessages.describe(r.request(), r.person()) + " would be looked up in Remote.",
          null,
          List.of(),
          Action.NONE);
    } else if (a instanceof TimeOffAction.Hold h) {
      held(h, previous);
    }
  }

  private void save(
      TimeOffRequest r,
      TimeOffPerson p,
      TimeOffRecord previous,
      TimeOffStatus status,
      TimeOffReason reason,
      String message,
      String employmentId,
      String timeOffId,
      List<TimeOffDay> days,
      Instant bookingStartedAt,
      Action action) {
    TimeOffRecord row =
        LedgerRows.row(
            integrationId,
            r,
            p,
            previous,
            status,
            reason,
            message,
            employmentId,
            timeOffId,
            days.isEmpty() ? null : LedgerRows.days(days),
            bookingStartedAt);
    boolean changed = !row.equals(previous);
    if (!dryRun && changed) {
      store.timeOff().save(row);
    }
    boolean news =
        previous == null
            || !Objects.equals(previous.status(), row.status())
            || !Objects.equals(previous.reasonCode(), row.reasonCode());
    if (action != Action.NONE || status == TimeOffStatus.FAILED || news) {
      report(r, p, status, reason, message, timeOffId, days, action);
    }
  }

  private void report(
      TimeOffRequest r,
      TimeOffPerson p,
      TimeOffStatus status,
      TimeOffReason reason,
      String message,
      String timeOffId,
      List<TimeOffDay> days,
      Action action) {
    reported.add(
        new RequestResult(
            r.requestId(),
            r.employeeId(),
            TimeOffMessages.name(r, p),
            r.policyType(),
            r.startDate(),
            r.endDate(),
            action,
            status,
            reason,
            message,
            timeOffId,
            days.stream().mapToInt(TimeOffDay::hours).sum()));
  }

  private void audit(
      String action, TimeOffRequest r, String timeOffId, List<TimeOffDay> days, String detail) {
    if (dryRun) {
      return;
    }
    ObjectNode after = json.createObjectNode().put("request", r.requestId()).put("detail", detail);
    if (!days.isEmpty()) {
      after.put("days", LedgerRows.days(days));
    }
    store
        .audit()
        .record(
            new AuditEntry(
                null,
                integrationId,
                runId,
                clock.instant(),
                actor,
                "remote",
                action,
                r.employeeId(),
                timeOffId,
                List.of("timeoff"),
                null,
                after.toString()));
  }
}
