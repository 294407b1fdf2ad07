package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretFingerprintsTest {
  private final MasterKey key = MasterKey.generate();

  @Test
  void C4_anSsnIsKeptOnlyAsAKeyedDigest() {
    var fp = new SecretFingerprints(key).of("integration-1");
    assertThat(fp.apply("123-45-6789")).isEqualTo(fp.apply("123-45-6789"));
    assertThat(fp.apply("123-45-6789")).isNotEqualTo(fp.apply("123-45-6780"));
    assertThat(fp.apply("123-45-6789")).doesNotContain("6789").startsWith("hmac:");
  }

  @Test
  void C4_digestsDifferPerIntegrationAndPerMasterKey() {
    String a = new SecretFingerprints(key).of("integration-1").apply("123-45-6789");
    String b = new SecretFingerprints(key).of("integration-2").apply("123-45-6789");
    String c =
        new SecretFingerprints(MasterKey.generate()).of("integration-1").apply("123-45-6789");
    assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
  }
}
