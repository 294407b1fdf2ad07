package dev.bobsync.emulator.remote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One time off as stored: approved, or cancelled with a reason. */
public record Timeoff(
    String id,
    String employmentId,
    String timeoffType,
    String status,
    Instant approvedAt,
    String approverId,
    LocalDate startDate,
    LocalDate endDate,
    String timezone,
    List<Day> days,
    String notes,
    String cancelReason,
    Instant createdAt,
    Instant updatedAt) {
  public static final String APPROVED = "approved";
  public static final String CANCELLED = "cancelled";

  /** Hours off on one day. */
  public record Day(LocalDate day, int hours) {}

  public Timeoff {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(employmentId, "employmentId");
    Objects.requireNonNull(status, "status");
    days = List.copyOf(days);
  }

  public boolean cancelled() {
    return CANCELLED.equals(status);
  }

  /** The same time off, cancelled at {@code now}. */
  public Timeoff cancel(String reason, Instant now) {
    return new Timeoff(
        id,
        employmentId,
        timeoffType,
        CANCELLED,
        approvedAt,
        approverId,
        startDate,
        endDate,
        timezone,
        days,
        notes,
        reason,
        createdAt,
        now);
  }
}
