package dev.bobsync.hibob;

/**
 * One field from HiBob's metadata ({@code GET /v1/company/people/fields}).
 *
 * @param id the field id used in people searches, e.g. {@code work.title}
 * @param categoryId the section's id, stable when the section is renamed
 * @param categoryDisplayName the section's name as the company shows it
 * @param listId the named list of a list field, or {@code null}
 */
public record FieldMeta(
    String id,
    String name,
    String categoryId,
    String categoryDisplayName,
    String type,
    boolean historical,
    String listId) {

  /** Whether HiBob shows it only to a service user that may also edit its section. */
  public boolean sensitive() {
    return "ssn".equals(type)
        || id.equals("personal.birthDate")
        || id.equals("personal.age")
        || id.equals("identification.ssn");
  }

  public boolean custom() {
    return id.contains(".custom.") || id.startsWith("custom.");
  }
}
