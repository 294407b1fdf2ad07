package dev.bobsync.bench;

import dev.bobsync.emulator.hibob.RateLimits;
import java.util.Locale;

/**
 * The rate limits a benchmark runs under. Where the vendors' real limits apply, the run is on the
 * virtual clock (20 requests a minute would make 1,000 creates take 50 real minutes); with the
 * limits raised it is on the real clock, and bobsync's own cost is what shows.
 */
enum Profile {
  /** Remote's customer limit (20/min per company) and HiBob's (people search 50/min). */
  REALISTIC(20, RateLimits.DEFAULT, true),
  /** Remote's partner limit (250/min) and HiBob's. */
  PARTNER(250, RateLimits.DEFAULT, true),
  /** Limits no run reaches: the time is bobsync's and the emulators'. */
  THROUGHPUT(1_000_000, new RateLimits(1_000_000, 1_000_000, 1_000_000, 10), false);

  private final int remotePerMinute;
  private final RateLimits hibobLimits;
  private final boolean virtualClock;

  Profile(int remotePerMinute, RateLimits hibobLimits, boolean virtualClock) {
    this.remotePerMinute = remotePerMinute;
    this.hibobLimits = hibobLimits;
    this.virtualClock = virtualClock;
  }

  int remotePerMinute() {
    return remotePerMinute;
  }

  /** HiBob's limit per minute on the people search and on other reads (each route its own). */
  int hibobPerMinute() {
    return hibobLimits.searchPerMinute();
  }

  RateLimits hibobLimits() {
    return hibobLimits;
  }

  boolean virtualClock() {
    return virtualClock;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Profile of(String id) {
    for (Profile p : values()) {
      if (p.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown profile \"" + id + "\": realistic, partner or throughput");
  }
}
