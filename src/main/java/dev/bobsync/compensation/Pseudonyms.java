package dev.bobsync.compensation;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Stable pseudonyms for anonymous exports (rule V3): a keyed HMAC of the HiBob id, so the same
 * person gets the same id in every export of one integration, and no one without the key can turn
 * it back into the HiBob id.
 */
public final class Pseudonyms {
  private static final int LENGTH = 20;

  private Pseudonyms() {}

  /**
   * Pseudonyms from an integration's keyed digest ({@code store.fingerprints().of(integrationId)}):
   * "anon-" and 20 characters (120 bits) of the digest.
   */
  public static UnaryOperator<String> of(UnaryOperator<String> keyedDigest) {
    Objects.requireNonNull(keyedDigest, "keyedDigest");
    return hibobId -> {
      String digest = keyedDigest.apply("compensation pseudonym\u0000" + hibobId);
      String bare = digest.startsWith("hmac:") ? digest.substring(5) : digest;
      return "anon-" + bare.substring(0, Math.min(LENGTH, bare.length()));
    };
  }
}
