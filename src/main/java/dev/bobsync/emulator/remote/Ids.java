package dev.bobsync.emulator.remote;

import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic UUID-like ids: the n-th id of a kind is the same in every run with the same seed,
 * whatever else was created in between.
 */
final class Ids {
  private final long seed;
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

  Ids(long seed) {
    this.seed = seed;
  }

  /** The next id of {@code kind}, e.g. {@code "employment"}. */
  String next(String kind) {
    long n = counters.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    long high = mix(seed ^ mix(kind.hashCode()) ^ n);
    long low = mix(high ^ n);
    high = (high & ~0xF000L) | 0x4000L; // version 4
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(high, low).toString();
  }

  /** The next 32-byte secret of {@code kind}, hex-encoded (deterministic, for an emulator). */
  String nextSecret(String kind) {
    String a = next(kind).replace("-", "");
    return a + HexFormat.of().toHexDigits(mix(a.hashCode()));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
