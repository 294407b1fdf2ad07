package dev.bobsync.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A vendor API's answer: status, headers and the raw body. */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public String contentType() {
    return header("Content-Type").orElse("");
  }

  public boolean isJson() {
    return contentType().toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }
}
