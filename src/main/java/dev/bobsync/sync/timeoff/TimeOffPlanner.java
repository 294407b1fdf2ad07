package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.NewTimeOff;
import dev.bobsync.sync.timeoff.TimeOffAction.Book;
import dev.bobsync.sync.timeoff.TimeOffAction.Cancel;
import dev.bobsync.sync.timeoff.TimeOffAction.Hold;
import dev.bobsync.sync.timeoff.TimeOffAction.Keep;
import dev.bobsync.sync.timeoff.TimeOffAction.Recover;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule R9 as a pure function: given HiBob's requests, what bobsync did with them so far, the people
 * and the settings, what to do with each request now. No I/O; "today" comes from the clock (UTC).
 */
public final class TimeOffPlanner {
  private final TimeOffSettings settings;
  private final LocalDate from;

  public TimeOffPlanner(TimeOffSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.from = settings.lookBackFrom(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
  }

  /** The first day whose time off is booked. */
  public LocalDate lookBackFrom() {
    return from;
  }

  /**
   * Whether HiBob's details must be read to know what the request is now: while it is open, and
   * once more just before it is booked (the feed can lag a cancellation or deletion).
   */
  public boolean needsDetails(TimeOffRequest r, Booking b, TimeOffPerson p) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(b, "b");
    HibobState s = r.state();
    boolean open = s == HibobState.UNKNOWN || s == HibobState.PENDING || s == HibobState.NOT_FOUND;
    boolean toBook = s == HibobState.APPROVED && !b.booked() && !b.cancelled();
    return (open || toBook) && concerns(r, b, p);
  }

  /** Whether the details must be read again when the change feed could not cover a gap. */
  public boolean needsRecheck(TimeOffRequest r, Booking b, TimeOffPerson p) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(b, "b");
    HibobState s = r.state();
    boolean closed =
        s == HibobState.CANCELED || s == HibobState.DELETED || s == HibobState.DECLINED;
    return !closed && !b.cancelled() && concerns(r, b, p);
  }

  /**
   * A request bobsync booked, is booking, or may book now. People not active in Remote (as the
   * employee sync last saw them) cannot take time off yet: their requests cost no call until they
   * are; the feed brings approvals and cancellations meanwhile.
   */
  private boolean concerns(TimeOffRequest r, Booking b, TimeOffPerson p) {
    boolean inWindow = r.endDate() == null || !r.endDate().isBefore(from);
    return b.booked() || b.inFlight() || (p != null && p.candidate() && p.active() && inWindow);
  }

  /**
   * Whether the person's Remote employment must be read (status, type, country) to book it: only
   * for people the employee sync last saw active, who have an approved request to book now.
   */
  public boolean needsRemote(TimeOffRequest r, Booking b, TimeOffPerson p) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(b, "b");
    return p != null
        && p.candidate()
        && p.linked()
        && p.active()
        && !b.booked()
        && !b.cancelled()
        && r.state() == HibobState.APPROVED
        && WorkDays.dateProblem(r, from).isEmpty();
  }

  /**
   * What to do with each request, cancellations first (a replaced request frees its days before its
   * replacement is booked), then bookings, then the rest.
   */
  public List<TimeOffAction> plan(
      Collection<TimeOffRequest> requests,
      Map<String, Booking> bookings,
      Map<String, TimeOffPerson> people) {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(bookings, "bookings");
    Objects.requireNonNull(people, "people");
    Map<String, TimeOffAction> actions = new HashMap<>();
    for (TimeOffRequest r : requests) {
      Booking b = bookings.getOrDefault(r.requestId(), Booking.NONE);
      actions.put(r.requestId(), decide(r, b, people.get(r.employeeId()), requests));
    }
    // A replacement that is approved cancels the request it replaces, even when HiBob's
    // "Canceled" entry for the old one has not been seen.
    // A chain of edits names its first request too (originalRequestId): that one is cancelled
    // even when the requests in between were never seen.
    for (TimeOffRequest r : requests) {
      boolean live = r.state() == HibobState.APPROVED || r.state() == HibobState.PENDING;
      for (String replaced : live ? r.replaces() : List.<String>of()) {
        if (actions.get(replaced) instanceof Keep keep) {
          Booking b = bookings.get(keep.request().requestId());
          if (b != null && b.booked()) {
            actions.put(
                keep.request().requestId(),
                cancel(keep.request(), keep.person(), b, b.remoteTimeOffId(), r.requestId()));
          }
        }
      }
    }
    List<TimeOffAction> ordered = new ArrayList<>(actions.values());
    ordered.sort(
        Comparator.comparingInt(TimeOffPlanner::rank).thenComparing(a -> a.request().requestId()));
    return ordered;
  }

  /** What to do with one request. */
  TimeOffAction decide(
      TimeOffRequest r, Booking b, TimeOffPerson p, Collection<TimeOffRequest> all) {
    if (b.cancelled()) {
      return new Keep(r, p);
    }
    if (b.booked()) {
      return r.state().withdrawn()
          ? cancel(r, p, b, b.remoteTimeOffId(), replacedBy(r, all))
          : new Keep(r, p);
    }
    if (b.inFlight() && b.remoteEmploymentId() != null) {
      if (r.state().withdrawn()) {
        return cancel(r, p, b, null, replacedBy(r, all));
      }
      TimeOffAction next = bookOrHold(r, p);
      return next instanceof Book book
          ? new Book(r, p, book.timeOff(), true, book.note())
          : new Recover(r, p, b.remoteEmploymentId(), (Hold) next);
    }
    Hold withdrawn = Holds.withdrawn(r, p);
    return withdrawn != null ? withdrawn : bookOrHold(r, p);
  }

  /** In this order: who the person is, the dates, HiBob's status, Remote, the policy type. */
  private TimeOffAction bookOrHold(TimeOffRequest r, TimeOffPerson p) {
    Hold person = Holds.person(r, p);
    if (person != null) {
      return person;
    }
    Optional<WorkDays.Problem> dates = WorkDays.dateProblem(r, from);
    if (dates.isPresent()) {
      return Holds.of(r, p, dates.get().reason(), dates.get().message());
    }
    // Unread details mean the person cannot take time off yet: that is what the request waits on.
    Hold remote = Holds.remote(r, p);
    Hold waiting = r.unread() && remote != null ? remote : Holds.hibob(r, p);
    if (waiting == null) {
      waiting = remote;
    }
    if (waiting != null) {
      return waiting;
    }
    Optional<String> type = settings.remoteType(r.policyType());
    if (type.isEmpty()) {
      return Holds.unmapped(r, p);
    }
    WorkDays.Result days = WorkDays.of(r, settings.workWeek(p.countryCode()), from);
    if (days instanceof WorkDays.Problem problem) {
      return Holds.of(r, p, problem.reason(), problem.message());
    }
    WorkDays.Days d = (WorkDays.Days) days;
    NewTimeOff body =
        new NewTimeOff(
            p.remoteId(),
            type.get(),
            d.start(),
            d.end(),
            settings.timezone(p.countryCode()),
            d.days(),
            TimeOffNotes.of(r));
    return new Book(r, p, body, false, d.note());
  }

  private Cancel cancel(
      TimeOffRequest r, TimeOffPerson p, Booking b, String remoteId, String replacement) {
    TimeOffReason reason;
    String words;
    String said = r.changeReason() == null ? "" : r.changeReason().strip();
    if (replacement != null) {
      reason = TimeOffReason.REPLACED_IN_HIBOB;
      words = "was replaced in HiBob by request " + replacement;
    } else if (said.startsWith("Replaced")) {
      reason = TimeOffReason.REPLACED_IN_HIBOB;
      words = "was replaced in HiBob (" + said + ")";
    } else if (r.state() == HibobState.DELETED || r.state() == HibobState.NOT_FOUND) {
      reason = TimeOffReason.DELETED_IN_HIBOB;
      words = "was deleted in HiBob";
    } else {
      reason = TimeOffReason.CANCELLED_IN_HIBOB;
      words =
          (r.state() == HibobState.DECLINED ? "was declined in HiBob" : "was cancelled in HiBob")
              + Holds.why(r);
    }
    String message =
        TimeOffMessages.describe(r, p) + " " + words + ": its Remote time off is cancelled.";
    return new Cancel(r, p, b.remoteEmploymentId(), remoteId, reason, message);
  }

  private static String replacedBy(TimeOffRequest r, Collection<TimeOffRequest> all) {
    return all.stream()
        .filter(n -> n.replaces().contains(r.requestId()))
        .map(TimeOffRequest::requestId)
        .findFirst()
        .orElse(null);
  }

  private static int rank(TimeOffAction a) {
    if (a instanceof Cancel) {
      return 0;
    }
    if (a instanceof Recover) {
      return 1;
    }
    return a instanceof Book ? 2 : 3;
  }
}
