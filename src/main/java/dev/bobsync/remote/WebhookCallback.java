package dev.bobsync.remote;

import java.util.List;

/**
 * A webhook callback Remote registered: its id, URL, events and the signing key (Remote returns the
 * key only in the answer to the registration).
 */
public record WebhookCallback(
    String id, String url, List<String> subscribedEvents, String signingKey) {
  @Override
  public String toString() {
    return "WebhookCallback[id=" + id + ", url=" + url + ", events=" + subscribedEvents + "]";
  }
}
