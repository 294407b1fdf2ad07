package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void C4_toStringShowsTheServiceUserButNoToken() {
    Credentials credentials = new Credentials("SERVICE-USER-1", "hibob-tok-1", "remote-tok-2");

    assertThat(credentials.toString())
        .contains("SERVICE-USER-1")
        .doesNotContain("hibob-tok-1", "remote-tok-2");
    assertThat(new NewIntegration("a", "h", "r", credentials, java.time.Duration.ZERO, null))
        .asString()
        .doesNotContain("hibob-tok-1", "remote-tok-2");
  }

  @Test
  void C4_toStringSaysWhenThereIsNoRemoteToken() {
    assertThat(new Credentials("u", "t", null).toString()).contains("remoteToken=(none)");
  }
}
