package dev.bobsync.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/** An {@code Authorization} header value; its {@code toString} never shows the secret. */
public final class Authorization {
  private final String headerValue;

  private Authorization(String headerValue) {
    this.headerValue = headerValue;
  }

  /** HiBob service users: {@code Basic base64(id:token)}. */
  public static Authorization basic(String user, String secret) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
    String pair = user + ":" + secret;
    return new Authorization(
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** Remote API tokens: {@code Bearer ra_...}. */
  public static Authorization bearer(String token) {
    return new Authorization("Bearer " + Objects.requireNonNull(token, "token"));
  }

  String headerValue() {
    return headerValue;
  }

  @Override
  public String toString() {
    return "Authorization[masked]";
  }
}
