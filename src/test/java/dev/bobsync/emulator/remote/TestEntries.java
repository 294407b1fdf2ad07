package dev.bobsync.emulator.remote;

/** Fixture employment entries for tests that add people through the Java API. */
final class TestEntries {
  private TestEntries() {}

  /** An active employee in Portugal with the given personal e-mail. */
  static RemoteFixture.EmploymentEntry active(String email) {
    return entry(null, "employee", "active", email, "2025-01-06");
  }

  static RemoteFixture.EmploymentEntry entry(
      String id, String type, String status, String email, String startDate) {
    return new RemoteFixture.EmploymentEntry(
        id,
        type,
        status,
        "Test Person",
        email,
        null,
        "Engineer",
        startDate,
        "PRT",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
