package dev.bobsync.sync.plan;

/** The pieces of a person's data the sync writes to Remote, compared one by one. */
public enum Field {
  NAME("name"),
  PERSONAL_EMAIL("personal e-mail"),
  WORK_EMAIL("work e-mail"),
  JOB_TITLE("job title"),
  START_DATE("start date"),
  ADDRESS("address"),
  MANAGER("supervisor"),
  DEPARTMENT("department"),
  EMERGENCY_CONTACT("emergency contact"),
  SSN("SSN"),
  SALARY("salary");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  /** How an admin calls it. */
  public String label() {
    return label;
  }
}
