package dev.bobsync.sync.timeoff;

import java.util.Locale;

/** What HiBob last said of a request. */
public enum HibobState {
  APPROVED,
  PENDING,
  DECLINED,
  CANCELED,
  DELETED,
  /** The details answered 404. */
  NOT_FOUND,
  /** Not read yet, or the read failed. */
  UNKNOWN;

  /** The lower-case name the store keeps. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** HiBob's {@code status} or a stored code; anything unknown is {@link #UNKNOWN}. */
  public static HibobState of(String status) {
    if (status == null) {
      return UNKNOWN;
    }
    return switch (status.trim().toLowerCase(Locale.ROOT)) {
      case "approved" -> APPROVED;
      case "pending", "requested" -> PENDING;
      case "declined", "rejected" -> DECLINED;
      case "canceled", "cancelled" -> CANCELED;
      case "deleted" -> DELETED;
      case "not_found" -> NOT_FOUND;
      default -> UNKNOWN;
    };
  }

  /** Whether nothing should be booked for it any more, and a booking must be cancelled. */
  public boolean withdrawn() {
    return this == DECLINED || this == CANCELED || this == DELETED || this == NOT_FOUND;
  }
}
