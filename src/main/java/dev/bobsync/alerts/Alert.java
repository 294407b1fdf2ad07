package dev.bobsync.alerts;

/** One message to send: a subject line and a plain-text body. */
public record Alert(String subject, String body) {
  /** The subject, a blank line and the body: what a chat webhook posts as its text. */
  public String text() {
    return subject + "\n\n" + body;
  }
}
