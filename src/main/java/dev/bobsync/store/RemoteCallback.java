package dev.bobsync.store;

import java.time.Instant;

/**
 * The webhook callback bobsync registered with Remote for one integration (never its signing key).
 *
 * @param id Remote's id of the callback, or null when none is registered
 * @param url where Remote posts the events, or null
 * @param registeredAt when it was registered, or null
 * @param problem the last failure registering or deleting it, in words, or null
 */
public record RemoteCallback(String id, String url, Instant registeredAt, String problem) {
  /** Whether a callback is registered. */
  public boolean registered() {
    return id != null;
  }
}
