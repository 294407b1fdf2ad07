package dev.bobsync.emulator.remote;

import java.util.ArrayList;
import java.util.List;

/** Where a company reports what happened to its employments (the webhooks, in the emulator). */
interface EmploymentEvents {
  String STATUS_UPDATED = "employment.status.updated";
  String ONBOARDING_STARTED = "employment.onboarding.started";
  String ONBOARDING_COMPLETED = "employment.onboarding.completed";
  String UPDATED = "employment.updated";

  void publish(String companyId, String eventType, String employmentId);

  /**
   * The events a status change sends, in order: always {@code employment.status.updated}; {@code
   * onboarding.started} when leaving the statuses before onboarding for onboarding or active;
   * {@code onboarding.completed} on becoming active from before.
   */
  static List<String> ofMove(EmploymentStatus from, EmploymentStatus to) {
    List<String> events = new ArrayList<>(List.of(STATUS_UPDATED));
    boolean active = to == EmploymentStatus.ACTIVE;
    if (from.beforeOnboarding() && (to.onboarding() || active)) {
      events.add(ONBOARDING_STARTED);
    }
    if (active && (from.beforeOnboarding() || from.onboarding())) {
      events.add(ONBOARDING_COMPLETED);
    }
    return events;
  }
}
