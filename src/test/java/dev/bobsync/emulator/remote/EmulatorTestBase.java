package dev.bobsync.emulator.remote;

import dev.bobsync.time.SettableClock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Starts an emulator on a random port with {@link TestFixtures#standard()} and a clock standing at
 * 2026-11-22T10:00:00Z; {@code acme} and {@code globex} call it as those two companies. After each
 * test, every answer they got on Remote's API must fit the contract ({@link AnswerContract}).
 */
abstract class EmulatorTestBase {
  static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  final SettableClock clock = new SettableClock(NOW);
  RemoteEmulator emulator;
  Api acme;
  Api globex;
  Api control;
  final AnswerContract contract = new AnswerContract();

  RemoteFixture fixture() {
    return TestFixtures.standard();
  }

  @BeforeEach
  void startEmulator() {
    emulator = RemoteEmulator.start(fixture(), 0, clock);
    acme = new Api(emulator.baseUrl(), TestFixtures.ACME_TOKEN, contract);
    globex = new Api(emulator.baseUrl(), TestFixtures.GLOBEX_TOKEN, contract);
    control = new Api(emulator.baseUrl(), null, contract);
  }

  /** Every answer the test got on Remote's API fits the contract. */
  Api api(String token) {
    return new Api(emulator.baseUrl(), token, contract);
  }

  @AfterEach
  void stopEmulator() {
    emulator.close();
    contract.assertClean();
  }
}
