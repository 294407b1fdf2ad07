package dev.bobsync.words;

import java.util.Map;

/**
 * Every status bobsync shows: a person's sync status, a time-off request's, HiBob's state of a
 * request, Remote's employment status, a sync run's outcome and what started it.
 */
public final class Statuses {
  private static final Map<String, String> PERSON =
      Map.of(
          "synced", "Synced",
          "waiting", "Waiting",
          "skipped", "Skipped",
          "frozen", "Frozen",
          "failed", "Failed");

  private static final Map<String, String> TIME_OFF =
      Map.of(
          "booked", "Booked",
          "cancelled", "Cancelled",
          "waiting", "Waiting",
          "skipped", "Skipped",
          "failed", "Failed");

  private static final Map<String, String> HIBOB_REQUEST =
      Map.of(
          "approved", "Approved",
          "pending", "Pending approval",
          "declined", "Declined",
          "canceled", "Cancelled",
          "cancelled", "Cancelled",
          "deleted", "Deleted",
          "not_found", "No longer in HiBob",
          "unknown", "Requested (approval checked once it can be booked)");

  private static final Map<String, String> REMOTE_EMPLOYMENT =
      Map.ofEntries(
          Map.entry("created", "Created, onboarding not started"),
          Map.entry("pre_hire", "Pre-hire"),
          Map.entry("created_awaiting_reserve", "Created, awaiting the reserve payment"),
          Map.entry("created_reserve_paid", "Created, reserve paid"),
          Map.entry("invited", "Invited to onboard"),
          Map.entry("initiated", "Onboarding started"),
          Map.entry("review", "Onboarding in review"),
          Map.entry("job_title_review", "Job title in review"),
          Map.entry("pending", "Contract being signed"),
          Map.entry("pending_post_self_enrollment_actions", "Onboarding: Remote's last steps"),
          Map.entry("active", "Active"),
          Map.entry("offboarding", "Offboarding"),
          Map.entry("archived", "Archived"),
          Map.entry("deleted", "Deleted"));

  private static final Map<String, String> RUN =
      Map.of(
          "running", "Running",
          "succeeded", "Done",
          "partial", "Done, some failed",
          "failed", "Failed",
          "interrupted", "Interrupted");

  private static final Map<String, String> TRIGGER =
      Map.of(
          "manual", "Sync now (page)",
          "api", "REST API",
          "cli", "Command line",
          "schedule", "Automatic",
          "webhook", "HiBob webhook",
          "remote-webhook", "Remote event",
          "demo", "Demo",
          "bench", "Benchmark");

  private Statuses() {}

  /** A person's sync status ({@code synced}, {@code waiting}, ...). */
  public static String person(String code) {
    return Codes.lookUp(PERSON, code);
  }

  /** A time-off request's status in bobsync ({@code booked}, {@code skipped}, ...). */
  public static String timeOff(String code) {
    return Codes.lookUp(TIME_OFF, code);
  }

  /** What HiBob last said of a time-off request ({@code approved}, {@code unknown}, ...). */
  public static String hibobRequest(String code) {
    return Codes.lookUp(HIBOB_REQUEST, code);
  }

  /** Remote's status of an employment ({@code active}, {@code pre_hire}, ...). */
  public static String remoteEmployment(String code) {
    return Codes.lookUp(REMOTE_EMPLOYMENT, code);
  }

  /** A sync run's outcome ({@code succeeded}, {@code partial}, ...). */
  public static String run(String code) {
    return Codes.lookUp(RUN, code);
  }

  /** What started a run ({@code schedule}, {@code manual}, {@code webhook}, ...). */
  public static String trigger(String code) {
    return Codes.lookUp(TRIGGER, code);
  }

  /** The families of statuses, for checking that each code has words of its own. */
  public enum Family {
    PERSON(Statuses.PERSON),
    TIME_OFF(Statuses.TIME_OFF),
    HIBOB_REQUEST(Statuses.HIBOB_REQUEST),
    REMOTE_EMPLOYMENT(Statuses.REMOTE_EMPLOYMENT),
    RUN(Statuses.RUN),
    TRIGGER(Statuses.TRIGGER);

    private final Map<String, String> table;

    Family(Map<String, String> table) {
      this.table = table;
    }

    /** Whether the code has words of its own in this family (not the fallback). */
    public boolean knows(String code) {
      return code != null && table.containsKey(Codes.normalized(code));
    }
  }
}
