package dev.bobsync.alerts;

/** A way an alert reaches people: e-mail or a chat webhook. */
public interface AlertChannel {
  /** {@code email} or {@code webhook}. */
  String kind();

  /** Where it goes, safe to show and audit (never the webhook URL, which is a secret). */
  String target();

  void send(Alert alert) throws DeliveryFailure;
}
