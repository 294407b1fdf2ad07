package dev.bobsync.emulator.remote;

/** Where a company reports what happened to its employments (the webhooks, in the emulator). */
interface EmploymentEvents {
  String STATUS_UPDATED = "employment.status.updated";
  String ONBOARDING_STARTED = "employment.onboarding.started";
  String ONBOARDING_COMPLETED = "employment.onboarding.completed";
  String UPDATED = "employment.updated";

  void publish(String companyId, String eventType, String employmentId);
}
