package dev.bobsync.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobsync.time.SettableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * What scheduling and webhooks keep in the store (webhook secrets, pending changes, runs left
 * behind by a stopped instance), on every database bobsync supports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchedulingStoreContractTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
  static final String SECRET = "whsec-SECRET-4b1d";

  final SettableClock clock = new SettableClock(T0);
  final MasterKey key = MasterKey.generate();
  private final AtomicInteger names = new AtomicInteger();
  private TestAbortedException unavailable;
  Store store;

  /** A configuration for this class's database, under {@code key}. */
  abstract StoreConfig config(MasterKey key);

  /** Drops this class's database, after the store is closed. */
  void dropDatabase() {}

  @BeforeAll
  void openStore() {
    try {
      store = Store.open(config(key), clock);
    } catch (TestAbortedException e) {
      unavailable = e;
    }
  }

  @BeforeEach
  void requireDatabase() {
    if (unavailable != null) {
      throw new TestAbortedException(unavailable.getMessage());
    }
  }

  @AfterAll
  void closeStore() {
    if (store != null) {
      store.close();
    }
    dropDatabase();
  }

  // ---- webhook secrets

  @Test
  void webhookSecretIsStoredEncryptedAndReadBack() throws SQLException {
    Integration integration = integration();
    assertThat(store.integrations().hasWebhookSecret(integration.id())).isFalse();
    assertThat(store.integrations().webhookSecret(integration.id())).isEmpty();

    store.integrations().setWebhookSecret(integration.id(), "  " + SECRET + "\n");

    assertThat(store.integrations().hasWebhookSecret(integration.id())).isTrue();
    assertThat(store.integrations().webhookSecret(integration.id())).contains(SECRET);
    byte[] raw = rawWebhookSecret(integration.id());
    assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    assertThat(store.integrations().credentials(integration.id()))
        .isEqualTo(StoreContractTest.CREDENTIALS);
  }

  @Test
  void webhookSecretCanBeReplacedAndCleared() {
    Integration integration = integration();
    store.integrations().setWebhookSecret(integration.id(), SECRET);

    store.integrations().setWebhookSecret(integration.id(), "rotated");
    assertThat(store.integrations().webhookSecret(integration.id())).contains("rotated");

    store.integrations().clearWebhookSecret(integration.id());
    assertThat(store.integrations().hasWebhookSecret(integration.id())).isFalse();
    assertThatThrownBy(() -> store.integrations().setWebhookSecret(integration.id(), " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void webhookSecretIsBoundToItsIntegration() throws SQLException {
    Integration victim = integration();
    Integration other = integration();
    store.integrations().setWebhookSecret(victim.id(), SECRET);
    store.integrations().setWebhookSecret(other.id(), "other");

    setRawWebhookSecret(other.id(), rawWebhookSecret(victim.id()));

    assertThatThrownBy(() -> store.integrations().webhookSecret(other.id()))
        .isInstanceOf(CredentialsUnreadableException.class)
        .hasMessageContaining("webhook secret")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void anotherMasterKeyCannotReadTheWebhookSecretAndSaysSo() {
    Integration integration = integration();
    store.integrations().setWebhookSecret(integration.id(), SECRET);

    try (Store other = Store.open(config(MasterKey.generate()), clock)) {
      assertThatThrownBy(() -> other.integrations().webhookSecret(integration.id()))
          .isInstanceOf(CredentialsUnreadableException.class)
          .hasMessageContaining("master key differs")
          .hasMessageNotContaining(SECRET);
    }
  }

  @Test
  void C5_removingAnIntegrationDeletesItsWebhookSecretAndPendingChanges() {
    Integration integration = integration();
    store.integrations().setWebhookSecret(integration.id(), SECRET);
    store.pendingChanges().add(integration.id(), Set.of("101"), "employee.updated");

    store.integrations().remove(integration.id(), true);

    assertThat(store.integrations().hasWebhookSecret(integration.id())).isFalse();
    assertThat(store.integrations().webhookSecret(integration.id())).isEmpty();
    assertThat(store.pendingChanges().list(integration.id())).isEmpty();
    assertThat(store.integrations().webhookSecret("no-such-id")).isEmpty();
  }

  // ---- pending changes

  @Test
  void pendingChangesAreListedOldestFirst() {
    Integration integration = integration();
    store.pendingChanges().add(integration.id(), List.of("101"), "employee.updated");
    clock.advance(Duration.ofSeconds(1));
    store
        .pendingChanges()
        .add(integration.id(), List.of("102", "101"), "timeoff.request.approved", true);

    List<PendingChange> pending = store.pendingChanges().list(integration.id());

    assertThat(pending)
        .extracting(PendingChange::hibobId)
        .containsExactlyInAnyOrder("101", "102", "101");
    assertThat(pending.get(0).hibobId()).isEqualTo("101");
    assertThat(pending.get(0).reason()).isEqualTo("employee.updated");
    assertThat(pending).extracting(PendingChange::timeOff).containsExactly(false, true, true);
    assertThat(pending.get(0).receivedAt()).isEqualTo(T0.plus(elapsed()).minusSeconds(1));
    assertThat(store.pendingChanges().oldest(integration.id()))
        .contains(pending.get(0).receivedAt());
    assertThat(store.pendingChanges().oldest(integration().id())).isEmpty();
  }

  @Test
  void removingCoveredChangesKeepsTheOnesReportedSince() {
    Integration integration = integration();
    store.pendingChanges().add(integration.id(), List.of("101", "102"), "employee.updated");
    List<PendingChange> covered = store.pendingChanges().list(integration.id());
    clock.advance(Duration.ofSeconds(1));
    store.pendingChanges().add(integration.id(), List.of("101"), "employee.updated");

    store.pendingChanges().remove(integration.id(), covered);

    assertThat(store.pendingChanges().list(integration.id()))
        .singleElement()
        .satisfies(c -> assertThat(c.receivedAt()).isEqualTo(clock.instant()));
    store.pendingChanges().clear(integration.id());
    assertThat(store.pendingChanges().list(integration.id())).isEmpty();
  }

  @Test
  void pendingChangesGoWithAnIntegrationDeletedWithItsHistory() {
    Integration integration = integration();
    store.pendingChanges().add(integration.id(), List.of("101"), "employee.created");

    store.integrations().remove(integration.id(), false);

    assertThat(store.pendingChanges().list(integration.id())).isEmpty();
  }

  // ---- runs left behind

  @Test
  void runsLeftRunningByAStoppedInstanceAreClosedAsFailed() {
    Integration integration = integration();
    SyncRun dead = store.runs().start(integration.id(), "remote", "schedule", "node-a");
    SyncRun alive = store.runs().start(integration.id(), "remote", "schedule", "node-b");
    SyncRun elsewhere = store.runs().start(integration().id(), "remote", "schedule", "node-a");
    clock.advance(Duration.ofSeconds(30));

    int closed = store.runs().abandon(integration.id(), "node-a", "the instance stopped");

    assertThat(closed).isEqualTo(1);
    SyncRun after = store.runs().byId(dead.id()).orElseThrow();
    assertThat(after.state()).isEqualTo("failed");
    assertThat(after.error()).isEqualTo("the instance stopped");
    assertThat(after.finishedAt()).isEqualTo(clock.instant());
    assertThat(store.runs().byId(alive.id()).orElseThrow().state()).isEqualTo("running");
    assertThat(store.runs().byId(elsewhere.id()).orElseThrow().state()).isEqualTo("running");
    assertThat(store.runs().abandon(integration.id(), "node-a", "again")).isZero();
  }

  // ---- helpers

  Integration integration() {
    Workspace ws = store.workspaces().create("ws-" + names.incrementAndGet());
    return store.integrations().create(ws.id(), StoreContractTest.newIntegration("acme"));
  }

  Duration elapsed() {
    return Duration.between(T0, clock.instant());
  }

  private byte[] rawWebhookSecret(String id) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT webhook_secret FROM integrations WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  private void setRawWebhookSecret(String id, byte[] raw) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE integrations SET webhook_secret = ? WHERE id = ?")) {
      s.setBytes(1, raw);
      s.setString(2, id);
      s.executeUpdate();
    }
  }
}
