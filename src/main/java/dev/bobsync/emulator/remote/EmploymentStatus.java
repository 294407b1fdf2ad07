package dev.bobsync.emulator.remote;

import java.util.Arrays;
import java.util.Optional;

/**
 * Remote's employment statuses, grouped into phases: before onboarding, onboarding, active,
 * offboarding, archived; {@code deleted} stands apart.
 */
public enum EmploymentStatus {
  CREATED("created", 0, "employment_creation"),
  PRE_HIRE("pre_hire", 0, "employment_creation"),
  CREATED_AWAITING_RESERVE("created_awaiting_reserve", 0, "employment_creation"),
  CREATED_RESERVE_PAID("created_reserve_paid", 0, "employment_creation"),
  INVITED("invited", 1, "employee_self_enrollment"),
  INITIATED("initiated", 1, "right_to_work_check"),
  REVIEW("review", 1, "remote_enrollment"),
  JOB_TITLE_REVIEW("job_title_review", 1, "remote_enrollment"),
  PENDING("pending", 1, "contract_signing"),
  PENDING_POST_SELF_ENROLLMENT_ACTIONS(
      "pending_post_self_enrollment_actions", 1, "remote_enrollment"),
  ACTIVE("active", 2, "onboarded"),
  OFFBOARDING("offboarding", 3, "onboarded"),
  ARCHIVED("archived", 4, "offboarded"),
  DELETED("deleted", 5, "offboarded");

  private final String wire;
  private final int phase;
  private final String lifecycleStage;

  EmploymentStatus(String wire, int phase, String lifecycleStage) {
    this.wire = wire;
    this.phase = phase;
    this.lifecycleStage = lifecycleStage;
  }

  /** The value Remote's API uses. */
  public String wire() {
    return wire;
  }

  /** The {@code employment_lifecycle_stage} that goes with this status. */
  public String lifecycleStage() {
    return lifecycleStage;
  }

  /** Created but onboarding not begun: everything may still change. */
  public boolean beforeOnboarding() {
    return phase == 0;
  }

  /** Onboarding in progress (after {@code created}, before {@code active}). */
  public boolean onboarding() {
    return phase == 1;
  }

  /**
   * Whether the control API may move an employment from this status to {@code next}: forward
   * through the phases (or within one), {@code archived} from anywhere, {@code deleted} only before
   * the employment was active.
   */
  public boolean canMoveTo(EmploymentStatus next) {
    if (this == DELETED || this == ARCHIVED) {
      return false;
    }
    if (next == DELETED) {
      return phase <= 1;
    }
    return next.phase >= phase;
  }

  public static Optional<EmploymentStatus> fromWire(String value) {
    return Arrays.stream(values()).filter(s -> s.wire.equals(value)).findFirst();
  }
}
