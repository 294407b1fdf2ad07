package dev.bobsync.web.pages;

import java.net.URI;

/** Links from a Remote employment id to where a person can look at it. */
final class RemoteLinks {
  private RemoteLinks() {}

  /**
   * Remote's web app for its production and sandbox gateways; for any other address (an emulator)
   * the address's own read-only view of the employment.
   */
  static String profile(String remoteUrl, String employmentId) {
    String host = remoteUrl == null ? "" : URI.create(remoteUrl).getHost();
    if ("gateway.remote.com".equals(host)) {
      return "https://employ.remote.com/dashboard/people/" + employmentId;
    }
    if ("gateway.remote-sandbox.com".equals(host)) {
      return "https://employ.remote-sandbox.com/dashboard/people/" + employmentId;
    }
    return (remoteUrl == null ? "" : remoteUrl) + "/_emulator/employments/" + employmentId;
  }
}
