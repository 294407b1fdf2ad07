package dev.bobsync.hibob;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of HiBob's time-off change feed. What HiBob did not send, or sent unreadable, is {@code
 * null}; the sync reports it per request.
 *
 * @param changeType {@code Created}, {@code Canceled}, {@code Deleted}, or anything newer (read as
 *     "look at the request again"); {@code null} when absent
 * @param createdOn when the change happened, when HiBob says it (it often does not)
 * @param position where the entry stood in the feed, oldest first: the order when {@code createdOn}
 *     is missing
 * @param previousRequestId the request this one replaced (an edit of dates or hours)
 * @param originalRequestId the first request of a chain of edits
 */
public record TimeOffChange(
    String changeType,
    String requestId,
    String employeeId,
    String employeeEmail,
    String policyType,
    TimeOffSpan span,
    String changeReason,
    Instant createdOn,
    int position,
    String previousRequestId,
    String originalRequestId) {

  public TimeOffChange {
    Objects.requireNonNull(requestId, "requestId");
    span = span == null ? TimeOffSpan.NONE : span;
  }

  /** Whether the entry says the request exists (created, or any change other than withdrawn). */
  public boolean created() {
    return !canceled() && !deleted();
  }

  public boolean canceled() {
    String t = lower();
    return t.equals("canceled") || t.equals("cancelled");
  }

  public boolean deleted() {
    return lower().equals("deleted");
  }

  public String type() {
    return span.type();
  }

  public LocalDate startDate() {
    return span.startDate();
  }

  public String startPortion() {
    return span.startPortion();
  }

  public LocalDate endDate() {
    return span.endDate();
  }

  public String endPortion() {
    return span.endPortion();
  }

  public Double totalDuration() {
    return span.totalDuration();
  }

  private String lower() {
    return changeType == null ? "" : changeType.trim().toLowerCase(Locale.ROOT);
  }
}
