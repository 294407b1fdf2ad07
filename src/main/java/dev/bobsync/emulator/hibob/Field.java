package dev.bobsync.emulator.hibob;

/**
 * One employee field as HiBob's metadata describes it. {@code slot} is where an employee keeps its
 * value; derived fields (full name, age, manager...) have no slot and are computed when read.
 */
record Field(
    String id,
    String name,
    String categoryId,
    String type,
    String listId,
    boolean historical,
    boolean derived,
    boolean sensitive,
    boolean custom,
    String description,
    int slot) {

  static final String LIST = "list";
  static final String EMPLOYEE = "employee";
  static final String EMPLOYEE_REFERENCE = "employee-reference";

  /** Where the value sits in a response: root fields lose their {@code root.} prefix. */
  String jsonPath() {
    return id.startsWith("root.") ? id.substring("root.".length()) : id;
  }

  /** Whether {@code PUT /v1/people/{id}} may change it (tables and computed fields are not). */
  boolean writable() {
    return !derived && !historical && !id.equals(StandardFields.ID);
  }

  Field withSlot(int newSlot) {
    return new Field(
        id,
        name,
        categoryId,
        type,
        listId,
        historical,
        derived,
        sensitive,
        custom,
        description,
        newSlot);
  }
}
