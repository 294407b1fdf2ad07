package dev.bobsync.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.time.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Growing delays per e-mail and address; nobody can keep the admin out. */
class LoginThrottleTest {
  static final String ADMIN = "admin@acme.example";
  final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T09:00:00Z"));
  final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

  private void fail(String email, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(email, address);
    }
  }

  @Test
  void fiveFailuresAreFreeThenTheDelayGrows() {
    fail(ADMIN, "10.0.0.9", 4);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isZero();
    fail(ADMIN, "10.0.0.9", 1);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isEqualTo(Duration.ofSeconds(5));
    fail(ADMIN, "10.0.0.9", 1);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isEqualTo(Duration.ofSeconds(10));
    fail(ADMIN, "10.0.0.9", 1);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isEqualTo(Duration.ofSeconds(20));
    fail(ADMIN, "10.0.0.9", 20);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void aStrangerGuessingTheAdminsPasswordCannotKeepTheAdminOut() {
    fail(ADMIN, "203.0.113.66", 500);
    assertThat(throttle.wait(ADMIN, "203.0.113.66")).isEqualTo(Duration.ofMinutes(15));

    Duration fromOffice = throttle.wait(ADMIN, "192.0.2.10");
    assertThat(fromOffice).isPositive().isLessThanOrEqualTo(LoginThrottle.EMAIL_MAX_DELAY);
    clock.advance(fromOffice);
    assertThat(throttle.wait(ADMIN, "192.0.2.10")).isZero();
    throttle.succeeded(ADMIN);
    assertThat(throttle.wait(ADMIN, "192.0.2.10")).isZero();
    assertThat(throttle.wait(ADMIN, "203.0.113.66")).isPositive();
  }

  @Test
  void oneAddressTryingManyEmailsIsSlowedDown() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("user" + i + "@acme.example", "203.0.113.66");
    }
    assertThat(throttle.wait("someone@acme.example", "203.0.113.66")).isPositive();
    assertThat(throttle.wait("someone@acme.example", "192.0.2.10")).isZero();
  }

  @Test
  void failuresAreForgottenAfterAQuietWindow() {
    fail(ADMIN, "10.0.0.9", 7);
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isZero();
    fail(ADMIN, "10.0.0.9", 1);
    assertThat(throttle.wait(ADMIN, "10.0.0.9")).isZero();
  }
}
