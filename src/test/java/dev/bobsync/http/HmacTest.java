package dev.bobsync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacTest {
  private final byte[] body = "{\"type\":\"employee.updated\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void hibobSignatureIsBase64OfHmacSha512() {
    // Reference value from: printf '%s' "$body" | openssl dgst -sha512 -hmac secret -binary |
    // base64
    assertThat(Hmac.hibobSignature("secret", body))
        .isEqualTo(
            "tav6vvdbUOncD0cz4KMCIxckdILeKQJQ6viBfUg/DQ2xhCWs5E39AMLIYLhuFUNVoYPmZVx03ME8pfSv0QbXpQ==");
  }

  @Test
  void remoteSignatureIsHexOfHmacSha256OverBodyColonTimestamp() {
    // printf '%s' "$body:1700000000000" | openssl dgst -sha256 -hmac key
    assertThat(Hmac.remoteSignature("key", body, "1700000000000"))
        .isEqualTo("b29c2eb7ce9324502dafcb469945171775cd9d22c76a3c9e68f0921d7ab4755a");
  }

  @Test
  void matchesOnlyTheSameSignature() {
    String sig = Hmac.hibobSignature("secret", body);
    assertThat(Hmac.matches(sig, sig)).isTrue();
    assertThat(Hmac.matches(sig, Hmac.hibobSignature("other", body))).isFalse();
    assertThat(Hmac.matches(sig, null)).isFalse();
  }
}
