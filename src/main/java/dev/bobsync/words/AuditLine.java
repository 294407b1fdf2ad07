package dev.bobsync.words;

/**
 * One audit entry in words: who it concerns and what was done, e.g. "Ana Lima (EOR employee): job
 * title Engineer → Senior Engineer, written to Remote".
 *
 * @param person the person's name, or null when the entry concerns no person (a department)
 * @param type the person's employment type in words, or "" when not known
 * @param what what was written, in words, starting lower case after a person
 */
public record AuditLine(String person, String type, String what) {

  /** The whole line, as the CLI and the API's {@code summary} print it. */
  public String sentence() {
    if (person == null || person.isBlank()) {
      return Codes.capitalized(what);
    }
    return person + (type == null || type.isEmpty() ? "" : " (" + type + ")") + ": " + what;
  }
}
