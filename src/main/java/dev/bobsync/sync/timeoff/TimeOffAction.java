package dev.bobsync.sync.timeoff;

import dev.bobsync.remote.NewTimeOff;
import java.util.Objects;

/** What the planner decided for one request. */
public sealed interface TimeOffAction
    permits TimeOffAction.Book,
        TimeOffAction.Cancel,
        TimeOffAction.Recover,
        TimeOffAction.Hold,
        TimeOffAction.Keep {

  TimeOffRequest request();

  TimeOffPerson person();

  /**
   * Create {@code timeOff} in Remote; with {@code lookFirst} an earlier create may have got there,
   * so Remote is searched before anything is sent.
   *
   * @param note something to tell the admin along with the booking, or null
   */
  record Book(
      TimeOffRequest request,
      TimeOffPerson person,
      NewTimeOff timeOff,
      boolean lookFirst,
      String note)
      implements TimeOffAction {
    public Book {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(timeOff, "timeOff");
    }
  }

  /**
   * Cancel the request's Remote time off; a {@code null} {@code remoteTimeOffId} means a create may
   * have happened unrecorded, so it is looked up in {@code employmentId}'s time off first.
   */
  record Cancel(
      TimeOffRequest request,
      TimeOffPerson person,
      String employmentId,
      String remoteTimeOffId,
      TimeOffReason reason,
      String message)
      implements TimeOffAction {
    public Cancel {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A create may have happened unrecorded, but the request is not bookable now: record the booking
   * if Remote has it, else {@code otherwise}.
   */
  record Recover(TimeOffRequest request, TimeOffPerson person, String employmentId, Hold otherwise)
      implements TimeOffAction {
    public Recover {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(employmentId, "employmentId");
      Objects.requireNonNull(otherwise, "otherwise");
    }
  }

  /** Book nothing; the request's status becomes {@code reason.status()}. */
  record Hold(TimeOffRequest request, TimeOffPerson person, TimeOffReason reason, String message)
      implements TimeOffAction {
    public Hold {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Already where it should be: booked and still approved, or cancelled. */
  record Keep(TimeOffRequest request, TimeOffPerson person) implements TimeOffAction {}
}
