package dev.bobsync.sync.timeoff;

/**
 * What bobsync already did with a request, as the store remembers it.
 *
 * @param status the request's last status, or {@code null} when never recorded
 * @param remoteEmploymentId the employment it was (being) booked for
 * @param remoteTimeOffId its Remote time off, once known
 * @param inFlight a create was sent and its outcome never recorded: look in Remote first
 */
public record Booking(
    TimeOffStatus status, String remoteEmploymentId, String remoteTimeOffId, boolean inFlight) {

  public static final Booking NONE = new Booking(null, null, null, false);

  /** It has a Remote time off that is not cancelled (a failed cancellation included). */
  public boolean booked() {
    return remoteTimeOffId != null && status != TimeOffStatus.CANCELLED;
  }

  /** Its Remote time off is cancelled: nothing more to do. */
  public boolean cancelled() {
    return status == TimeOffStatus.CANCELLED;
  }
}
