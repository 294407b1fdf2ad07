package dev.bobsync.sync.timeoff;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiUnavailableException;
import dev.bobsync.remote.RemoteTimeOff;
import dev.bobsync.remote.TimeOff;
import dev.bobsync.store.StoreException;
import dev.bobsync.store.TimeOffLedger;
import dev.bobsync.store.TimeOffRecord;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the time-off plan in Remote, one request at a time; a request's failure is recorded
 * and the next one goes on. Before every create the employment's time off in Remote is searched for
 * the request id in its notes ({@link RemoteBookings}), and a create is claimed in the store before
 * it is sent: each HiBob request gets at most one Remote time off, whatever the store lost.
 */
final class Booker {
  /** Lets a test stop the run between a create and its record, as a crash would. */
  interface CrashPoint {
    void afterBooking(TimeOffRequest request, TimeOff created);
  }

  private static final Logger LOG = LoggerFactory.getLogger(Booker.class);

  private final RemoteTimeOff remote;
  private final TimeOffLedger ledger;
  private final String integrationId;
  private final TimeOffOutcomes outcomes;
  private final Clock clock;
  private final CrashPoint crashPoint;
  private final RemoteBookings bookings;

  Booker(
      RemoteTimeOff remote,
      TimeOffLedger ledger,
      String integrationId,
      TimeOffOutcomes outcomes,
      Clock clock,
      CrashPoint crashPoint) {
    this.remote = remote;
    this.ledger = ledger;
    this.integrationId = integrationId;
    this.outcomes = outcomes;
    this.clock = clock;
    this.crashPoint = crashPoint;
    this.bookings = new RemoteBookings(remote);
  }

  void apply(TimeOffAction action, TimeOffRecord previous) {
    try {
      if (action instanceof TimeOffAction.Book b) {
        book(b, previous);
      } else if (action instanceof TimeOffAction.Cancel c) {
        cancel(c, previous);
      } else if (action instanceof TimeOffAction.Recover r) {
        recover(r, previous);
      } else if (action instanceof TimeOffAction.Hold h) {
        outcomes.held(h, previous);
      } else {
        outcomes.kept((TimeOffAction.Keep) action, previous);
      }
    } catch (ApiException e) {
      // only lookups get here: whatever was in flight stays so
      outcomes.failed(
          action, previous, reasonOf(e), TimeOffMessages.remoteFailed(e), inFlight(previous));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error(
          "time-off request {} failed unexpectedly: {}",
          action.request().requestId(),
          e.getClass().getSimpleName(),
          e);
      outcomes.failed(
          action,
          previous,
          TimeOffReason.REMOTE_REJECTED,
          "bobsync hit an internal error ("
              + e.getClass().getSimpleName()
              + "); the other requests went on. The details are in the service log.",
          inFlight(previous));
    }
  }

  private void book(TimeOffAction.Book b, TimeOffRecord previous) {
    String employment = b.timeOff().employmentId();
    // Remote's records first: the store may have lost the booking (a crash, a restored backup,
    // a removed and re-added integration).
    Optional<TimeOff> existing =
        b.lookFirst()
            ? bookings.findAgain(employment, b.request())
            : bookings.find(employment, b.request());
    if (existing.isPresent()) {
      outcomes.found(b, previous, existing.get());
      return;
    }
    TimeOffRecord row = outcomes.beforeBooking(b, previous);
    for (int attempt = 1; ; attempt++) {
      TimeOffRecord claimed = claim(row, employment);
      if (claimed == null) {
        LOG.info("time-off request {} is being booked by another run", b.request().requestId());
        return;
      }
      row = claimed;
      TimeOff created;
      try {
        created = remote.create(b.timeOff(), clock.instant());
      } catch (ApiRejectedException e) {
        outcomes.failed(
            b, row, TimeOffReason.REMOTE_REJECTED, TimeOffMessages.remoteFailed(e), false);
        return;
      } catch (ApiUnavailableException e) {
        // The create may have happened although no answer came: look before sending it again.
        Optional<TimeOff> found;
        try {
          found = e.mayHaveActed() ? bookings.findAgain(employment, b.request()) : Optional.empty();
        } catch (ApiException lookup) {
          outcomes.failed(
              b, row, TimeOffReason.REMOTE_UNAVAILABLE, TimeOffMessages.remoteFailed(e), true);
          return;
        }
        if (found.isPresent()) {
          outcomes.found(b, row, found.get());
          return;
        }
        if (attempt == 2) {
          outcomes.failed(
              b,
              row,
              TimeOffReason.REMOTE_UNAVAILABLE,
              TimeOffMessages.remoteFailed(e),
              e.mayHaveActed());
          return;
        }
        continue;
      }
      bookings.booked(employment, created);
      crashPoint.afterBooking(b.request(), created);
      outcomes.booked(b, row, created);
      return;
    }
  }

  private void cancel(TimeOffAction.Cancel c, TimeOffRecord previous) {
    String id = c.remoteTimeOffId();
    if (id == null) {
      Optional<TimeOff> found =
          c.employmentId() == null
              ? Optional.empty()
              : bookings.find(c.employmentId(), c.request());
      if (found.isEmpty()) {
        TimeOffReason reason =
            c.reason() == TimeOffReason.DELETED_IN_HIBOB
                ? TimeOffReason.DELETED_BEFORE_BOOKING
                : TimeOffReason.CANCELLED_BEFORE_BOOKING;
        String words =
            TimeOffMessages.describe(c.request(), c.person())
                + " was withdrawn in HiBob before it reached Remote.";
        outcomes.held(new TimeOffAction.Hold(c.request(), c.person(), reason, words), previous);
        return;
      }
      if (found.get().cancelled()) {
        outcomes.cancelled(c, previous, found.get().id(), "It was already cancelled in Remote.");
        return;
      }
      id = found.get().id();
    }
    String note = null;
    for (int attempt = 1; ; attempt++) {
      try {
        remote.cancel(id, remoteReason(c));
        break;
      } catch (ApiRejectedException e) {
        if (e.status() == 409) {
          // a second cancel after a lost answer ends here too
          note = attempt == 1 ? "It was already cancelled in Remote." : null;
          break;
        }
        if (e.status() == 404) {
          note = "Remote no longer has it.";
          break;
        }
        outcomes.failed(
            c, previous, TimeOffReason.REMOTE_REJECTED, TimeOffMessages.remoteFailed(e), false);
        return;
      } catch (ApiUnavailableException e) {
        if (attempt == 2) {
          outcomes.failed(
              c,
              previous,
              TimeOffReason.REMOTE_UNAVAILABLE,
              TimeOffMessages.remoteFailed(e),
              false);
          return;
        }
      }
    }
    outcomes.cancelled(c, previous, id, note);
  }

  private void recover(TimeOffAction.Recover r, TimeOffRecord previous) {
    Optional<TimeOff> found = bookings.findAgain(r.employmentId(), r.request());
    if (found.isPresent()) {
      outcomes.found(r, previous, found.get());
    } else {
      outcomes.held(r.otherwise(), previous);
    }
  }

  /** The row once claimed for one more create, or null if another run claimed it first. */
  private TimeOffRecord claim(TimeOffRecord row, String employmentId) {
    if (!ledger.claim(integrationId, row.requestId(), row.attempts(), employmentId)) {
      return null;
    }
    return LedgerRows.claimed(row, employmentId, clock.instant());
  }

  private static String remoteReason(TimeOffAction.Cancel c) {
    return switch (c.reason()) {
      case DELETED_IN_HIBOB -> "Deleted in HiBob (request " + c.request().requestId() + ")";
      case REPLACED_IN_HIBOB ->
          "Replaced in HiBob by a request with other dates (request "
              + c.request().requestId()
              + ")";
      default -> "Cancelled in HiBob (request " + c.request().requestId() + ")";
    };
  }

  private static boolean inFlight(TimeOffRecord previous) {
    return previous != null && previous.bookingStartedAt() != null;
  }

  private static TimeOffReason reasonOf(ApiException e) {
    return e instanceof ApiUnavailableException
        ? TimeOffReason.REMOTE_UNAVAILABLE
        : TimeOffReason.REMOTE_REJECTED;
  }
}
