package dev.bobsync.emulator.remote;

import dev.bobsync.time.SettableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts an emulator on a random port with {@link TestFixtures#standard()} and a clock standing at
 * 2026-11-22T10:00:00Z; {@code acme} and {@code globex} call it as those two companies.
 */
abstract class EmulatorTestBase {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  final SettableClock clock = new SettableClock(NOW);
  RemoteEmulator emulator;
  Api acme;
  Api globex;
  Api control;

  RemoteFixture fixture() {
    return TestFixtures.standard();
  }

  @BeforeEach
  void startEmulator() {
    emulator = RemoteEmulator.start(fixture(), 0, clock);
    acme = new Api(emulator.baseUrl(), TestFixtures.ACME_TOKEN);
    globex = new Api(emulator.baseUrl(), TestFixtures.GLOBEX_TOKEN);
    control = Api.anonymous(emulator.baseUrl());
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
  }
}
