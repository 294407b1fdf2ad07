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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * The store's contract, run against every database bobsync supports. Each test class gets a
 * database of its own; each test works in workspaces and integrations of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContractTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");
  static final Credentials CREDENTIALS =
      new Credentials("SERVICE-USER-7", "hibob-token-SECRET-1", "remote-token-SECRET-2");

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
      unavailable = e; // reported per test below, so the summary counts them as skipped
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

  // ---- users, web sessions, API tokens

  @Test
  void usersAreFoundByEmailIgnoringCaseAndAreUnique() {
    Workspace ws = store.workspaces().create("users-" + names.incrementAndGet());
    String email = "Admin" + names.incrementAndGet() + "@Acme.example";
    User user = store.users().create(ws.id(), email, "Ada", "$2a$10$hash");
    assertThat(store.users().byEmail(email.toLowerCase(java.util.Locale.ROOT))).contains(user);
    assertThat(store.users().passwordHash(user.id())).contains("$2a$10$hash");
    assertThatThrownBy(
            () ->
                store.users().create(ws.id(), email.toUpperCase(java.util.Locale.ROOT), null, "x"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already exists");
  }

  @Test
  void sessionsExpireAndEnd() {
    Workspace ws = store.workspaces().create("sessions-" + names.incrementAndGet());
    User user =
        store.users().create(ws.id(), "s" + names.incrementAndGet() + "@acme.example", null, "h");
    String hash = "session-hash-" + names.incrementAndGet();
    store
        .webSessions()
        .create(hash, new WebSession(user.id(), "csrf", T0, clock.instant().plusSeconds(60)));
    assertThat(store.webSessions().find(hash))
        .hasValueSatisfying(s -> assertThat(s.csrfToken()).isEqualTo("csrf"));
    clock.advance(Duration.ofSeconds(61));
    assertThat(store.webSessions().find(hash)).isEmpty();
    assertThat(store.webSessions().purgeExpired()).isGreaterThanOrEqualTo(1);
    String other = "session-hash-" + names.incrementAndGet();
    store
        .webSessions()
        .create(
            other,
            new WebSession(user.id(), "c", clock.instant(), clock.instant().plusSeconds(60)));
    store.webSessions().delete(other);
    assertThat(store.webSessions().find(other)).isEmpty();
  }

  @Test
  void apiTokensAreFoundByDigestOnlyUntilRevokedAndOnlyInTheirWorkspace() {
    Workspace ws = store.workspaces().create("tokens-" + names.incrementAndGet());
    Workspace other = store.workspaces().create("tokens-" + names.incrementAndGet());
    String hash = "token-hash-" + names.incrementAndGet();
    ApiToken token = store.apiTokens().create(ws.id(), "ci", hash, "bob_abc", null);
    assertThat(store.apiTokens().use(hash))
        .hasValueSatisfying(t -> assertThat(t.workspaceId()).isEqualTo(ws.id()));
    assertThat(store.apiTokens().list(ws.id()))
        .extracting(ApiToken::id)
        .containsExactly(token.id());
    assertThat(store.apiTokens().revoke(other.id(), token.id())).isFalse();
    assertThat(store.apiTokens().revoke(ws.id(), token.id())).isTrue();
    assertThat(store.apiTokens().use(hash)).isEmpty();
  }

  // ---- workspaces

  @Test
  void defaultWorkspaceIsCreatedOnFirstUseAndReused() {
    Workspace first = store.workspaces().defaultWorkspace();
    clock.advance(Duration.ofMinutes(1));

    assertThat(store.workspaces().defaultWorkspace()).isEqualTo(first);
    assertThat(first.name()).isEqualTo("default");
    assertThat(store.workspaces().byId(first.id())).contains(first);
  }

  @Test
  void workspacesAreCreatedWithRandomIdsAndTheClocksTime() {
    Workspace a = store.workspaces().create("Acme");
    Workspace b = store.workspaces().create("Acme");

    assertThat(a.id()).isNotEqualTo(b.id()).hasSize(36);
    assertThat(a.createdAt()).isEqualTo(clock.instant());
    assertThat(store.workspaces().byId(a.id())).contains(a);
    assertThat(store.workspaces().byId("no-such-id")).isEmpty();
  }

  // ---- integrations

  @Test
  void integrationIsStoredAsCreated() {
    Workspace ws = workspace();
    Integration created = store.integrations().create(ws.id(), newIntegration("acme"));

    assertThat(created.workspaceId()).isEqualTo(ws.id());
    assertThat(created.name()).isEqualTo("acme");
    assertThat(created.hibobUrl()).isEqualTo("https://api.hibob.com");
    assertThat(created.remoteUrl()).isEqualTo("https://gateway.remote.com");
    assertThat(created.syncInterval()).isEqualTo(Duration.ofMinutes(60));
    assertThat(created.settingsJson()).isEqualTo("{\"syncTypes\":[\"employee\"]}");
    assertThat(created.createdAt()).isEqualTo(T0.plus(elapsed())).isEqualTo(created.updatedAt());
    assertThat(created.lastCheckJson()).isNull();
    assertThat(created.removedAt()).isNull();
    assertThat(store.integrations().byId(created.id())).contains(created);
    assertThat(store.integrations().byName(ws.id(), "acme")).contains(created);
    assertThat(store.integrations().byName(ws.id(), "other")).isEmpty();
    assertThat(store.integrations().byId("no-such-id")).isEmpty();
  }

  @Test
  void integrationWithoutRemoteKeepsNulls() {
    Credentials hibobOnly = new Credentials("SERVICE-USER-8", "hibob-token-only", null);
    Integration created =
        store
            .integrations()
            .create(
                workspace().id(),
                new NewIntegration("pay", "https://h", null, hibobOnly, Duration.ZERO, null));

    assertThat(store.integrations().byId(created.id())).contains(created);
    assertThat(created.remoteUrl()).isNull();
    assertThat(store.integrations().credentials(created.id())).isEqualTo(hibobOnly);
  }

  @Test
  void integrationNamesAreUniquePerWorkspace() {
    Workspace ws = workspace();
    store.integrations().create(ws.id(), newIntegration("acme"));

    assertThatThrownBy(() -> store.integrations().create(ws.id(), newIntegration("acme")))
        .isInstanceOf(DuplicateIntegrationException.class)
        .hasMessageContaining("'acme'")
        .hasMessageContaining("already exists");
    Integration elsewhere = store.integrations().create(workspace().id(), newIntegration("acme"));
    assertThat(elsewhere.name()).isEqualTo("acme");
    assertThat(store.integrations().list(ws.id())).hasSize(1);
  }

  @Test
  void integrationNeedsAnExistingWorkspace() {
    assertThatThrownBy(() -> store.integrations().create("no-such-ws", newIntegration("acme")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no workspace no-such-ws");
  }

  @Test
  void listShowsTheWorkspacesIntegrationsByNameAndListActiveShowsAllWorkspaces() {
    Workspace ws = workspace();
    Integration b = store.integrations().create(ws.id(), newIntegration("b"));
    Integration a = store.integrations().create(ws.id(), newIntegration("a"));
    Integration other = integration();

    assertThat(store.integrations().list(ws.id())).containsExactly(a, b);
    assertThat(store.integrations().listActive()).contains(a, b, other);
  }

  @Test
  void C4_credentialsRoundTrip() {
    Integration integration = integration();

    assertThat(store.integrations().credentials(integration.id())).isEqualTo(CREDENTIALS);
  }

  @Test
  void C4_credentialsAreEncryptedAtRest() throws SQLException {
    Integration integration = integration();

    byte[] raw = rawCredentials(integration.id());
    String asText = new String(raw, StandardCharsets.ISO_8859_1);
    assertThat(raw).isNotEmpty();
    assertThat(asText)
        .doesNotContain(CREDENTIALS.hibobToken())
        .doesNotContain(CREDENTIALS.remoteToken())
        .doesNotContain(CREDENTIALS.hibobServiceUserId());
    assertThat(store.integrations().byId(integration.id()).orElseThrow().toString())
        .doesNotContain("SECRET");
  }

  @Test
  void C4_ciphertextCopiedToAnotherIntegrationDoesNotDecrypt() throws SQLException {
    Integration victim = integration();
    Integration other = integration();
    setRawCredentials(other.id(), rawCredentials(victim.id()));

    assertThatThrownBy(() -> store.integrations().credentials(other.id()))
        .isInstanceOf(CredentialsUnreadableException.class);
    assertThat(store.integrations().credentials(victim.id())).isEqualTo(CREDENTIALS);
  }

  @Test
  void C4_anotherMasterKeyCannotReadCredentialsAndSaysSo() {
    Integration integration = integration();
    MasterKey otherKey = MasterKey.generate();

    try (Store other = Store.open(config(otherKey), clock)) {
      assertThatThrownBy(() -> other.integrations().credentials(integration.id()))
          .isInstanceOf(CredentialsUnreadableException.class)
          .hasMessageContaining("'" + integration.name() + "'")
          .hasMessageContaining("master key differs")
          .hasMessageContaining("BOBSYNC_MASTER_KEY")
          .satisfies(e -> assertNoSecretIn(e, key, otherKey));
    }
  }

  @Test
  void credentialsCanBeReplaced() {
    Integration integration = integration();
    Credentials rotated = new Credentials("SERVICE-USER-7", "hibob-token-NEW", "remote-token-NEW");
    clock.advance(Duration.ofSeconds(5));

    store.integrations().updateCredentials(integration.id(), rotated);

    assertThat(store.integrations().credentials(integration.id())).isEqualTo(rotated);
    assertThat(reload(integration).updatedAt()).isEqualTo(clock.instant());
  }

  @Test
  void checkResultIsRecordedWithItsTimeAndNoSecret() {
    Integration integration = integration();
    clock.advance(Duration.ofSeconds(7));

    store
        .integrations()
        .recordCheck(integration.id(), "{\"complete\":false,\"auth\":{\"token\":\"leaked\"}}");

    Integration checked = reload(integration);
    assertThat(checked.lastCheckAt()).isEqualTo(clock.instant());
    assertThat(checked.lastCheckJson()).contains("\"complete\":false").doesNotContain("leaked");
  }

  @Test
  void settingsAndIntervalCanBeChanged() {
    Integration integration = integration();
    clock.advance(Duration.ofSeconds(9));

    store.integrations().updateSettings(integration.id(), "{\"a\":1}");
    store.integrations().updateInterval(integration.id(), Duration.ofMinutes(15));

    Integration updated = reload(integration);
    assertThat(updated.settingsJson()).isEqualTo("{\"a\":1}");
    assertThat(updated.syncInterval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(updated.updatedAt()).isEqualTo(clock.instant()).isAfter(updated.createdAt());
  }

  @Test
  void updatingAnUnknownIntegrationFailsNamingIt() {
    assertThatThrownBy(() -> store.integrations().updateSettings("nope", "{}"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no integration nope");
    assertThatThrownBy(() -> store.integrations().credentials("nope"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no integration nope");
  }

  @Test
  void C5_removeWithoutHistoryDeletesEverything() throws SQLException {
    Integration integration = integration();
    Integration bystander = integration();
    addHistory(integration);
    addHistory(bystander);

    store.integrations().remove(integration.id(), false);

    assertThat(store.integrations().byId(integration.id())).isEmpty();
    assertThat(store.integrations().listActive()).doesNotContain(integration);
    for (String table : List.of("people", "sync_runs", "audit_log")) {
      assertThat(rows(table, integration.id())).as(table).isZero();
      assertThat(rows(table, bystander.id())).as(table).isPositive();
    }
    assertThat(store.integrations().credentials(bystander.id())).isEqualTo(CREDENTIALS);
  }

  @Test
  void C5_removeWithHistoryKeepsHistoryButDeletesCredentials() throws SQLException {
    Workspace ws = workspace();
    Integration integration = store.integrations().create(ws.id(), newIntegration("acme"));
    addHistory(integration);
    clock.advance(Duration.ofHours(1));

    store.integrations().remove(integration.id(), true);

    Integration removed = store.integrations().byId(integration.id()).orElseThrow();
    assertThat(removed.removedAt()).isEqualTo(clock.instant());
    assertThat(removed.removed()).isTrue();
    assertThat(rawCredentials(integration.id())).isNull();
    assertThatThrownBy(() -> store.integrations().credentials(integration.id()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("was removed");
    assertThat(store.integrations().listActive())
        .extracting(Integration::id)
        .doesNotContain(integration.id());
    assertThat(store.integrations().list(ws.id())).isEmpty();
    assertThat(store.integrations().byName(ws.id(), "acme")).isEmpty();
    for (String table : List.of("people", "sync_runs", "audit_log")) {
      assertThat(rows(table, integration.id())).as(table).isPositive();
    }
    assertThat(store.integrations().create(ws.id(), newIntegration("acme")).id())
        .isNotEqualTo(integration.id());
  }

  @Test
  void C5_historyKeptOnRemovalCanBeDeletedLater() throws SQLException {
    Integration integration = integration();
    addHistory(integration);
    store.integrations().remove(integration.id(), true);

    store.integrations().remove(integration.id(), false);

    assertThat(store.integrations().byId(integration.id())).isEmpty();
    assertThat(rows("audit_log", integration.id())).isZero();
  }

  @Test
  void C5_removingAnUnknownIntegrationFails() {
    assertThatThrownBy(() -> store.integrations().remove("nope", false))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no integration nope");
  }

  // ---- people

  @Test
  void R11_personIsSavedWithEveryFieldAndTheClocksTime() {
    Integration integration = integration();
    PersonRecord saved =
        new PersonRecord(
            integration.id(),
            "101",
            "Zoë Ünal",
            "zoe@acme.test",
            "employee",
            "emp-1",
            "active",
            "synced",
            null,
            "Synced to Remote",
            "job title",
            "{\"title\":\"Engineer\"}",
            T0,
            null);
    clock.advance(Duration.ofMinutes(3));

    store.people().save(saved);

    PersonRecord read = store.people().find(integration.id(), "101").orElseThrow();
    assertThat(read).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(saved);
    assertThat(read.updatedAt()).isEqualTo(clock.instant());
    assertThat(store.people().find(integration.id(), "102")).isEmpty();
  }

  @Test
  void savingAgainReplacesThePerson() {
    Integration integration = integration();
    store.people().save(person(integration, "1", "Ann", "waiting", null));
    clock.advance(Duration.ofMinutes(1));

    store.people().save(person(integration, "1", "Ann", "synced", "emp-1"));

    assertThat(store.people().all(integration.id()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.status()).isEqualTo("synced");
              assertThat(p.remoteId()).isEqualTo("emp-1");
              assertThat(p.updatedAt()).isEqualTo(clock.instant());
            });
  }

  @Test
  void saveAllInsertsAndUpdatesInOneGo() {
    Integration integration = integration();
    store.people().save(person(integration, "1", "Ann", "waiting", null));
    List<PersonRecord> batch = new ArrayList<>();
    for (int i = 1; i <= 250; i++) {
      batch.add(person(integration, String.valueOf(i), "Person " + i, "synced", "emp-" + i));
    }

    store.people().saveAll(batch);

    assertThat(store.people().all(integration.id())).hasSize(250);
    assertThat(store.people().find(integration.id(), "1").orElseThrow().status())
        .isEqualTo("synced");
  }

  @Test
  void R2_aRemoteEmploymentIsLinkedToOnePersonOnly() {
    Integration integration = integration();
    store.people().save(person(integration, "1", "Ann", "synced", "emp-1"));

    assertThatThrownBy(
            () -> store.people().save(person(integration, "2", "Bob", "synced", "emp-1")))
        .isInstanceOf(RemoteLinkConflictException.class)
        .hasMessageContaining("emp-1")
        .hasMessageContaining("HiBob person 1")
        .hasMessageContaining("HiBob person 2");
    Integration other = integration();
    store.people().save(person(other, "2", "Bob", "synced", "emp-1"));
    assertThat(store.people().findByRemoteId(integration.id(), "emp-1").orElseThrow().hibobId())
        .isEqualTo("1");
    assertThat(store.people().findByRemoteId(other.id(), "emp-1").orElseThrow().hibobId())
        .isEqualTo("2");
    assertThat(store.people().findByRemoteId(integration.id(), "emp-404")).isEmpty();
  }

  @Test
  void saveAllIsAllOrNothing() {
    Integration integration = integration();
    store.people().save(person(integration, "1", "Ann", "synced", "emp-1"));

    assertThatThrownBy(
            () ->
                store
                    .people()
                    .saveAll(
                        List.of(
                            person(integration, "2", "Bob", "synced", "emp-2"),
                            person(integration, "3", "Cy", "synced", "emp-1"))))
        .isInstanceOf(RemoteLinkConflictException.class)
        .hasMessageContaining("HiBob person 3");

    assertThat(store.people().all(integration.id()))
        .extracting(PersonRecord::hibobId)
        .containsExactly("1");
  }

  @Test
  void peopleCanBeDeleted() {
    Integration integration = integration();
    store
        .people()
        .saveAll(
            List.of(
                person(integration, "1", "Ann", "synced", null),
                person(integration, "2", "Bob", "synced", null),
                person(integration, "3", "Cy", "synced", null)));

    store.people().delete(integration.id(), List.of("1", "3", "unknown"));
    store.people().delete(integration.id(), List.of());

    assertThat(store.people().all(integration.id()))
        .extracting(PersonRecord::hibobId)
        .containsExactly("2");
  }

  @Test
  void R11_searchFiltersByStatusAndTextAndPagesByDisplayName() {
    Integration integration = integration();
    Integration other = integration();
    store
        .people()
        .saveAll(
            List.of(
                personWithEmail(integration, "1", "carla Diaz", "carla@acme.test", "synced"),
                personWithEmail(integration, "2", "Bruno Alves", "bruno@acme.test", "skipped"),
                personWithEmail(integration, "3", "Ada Lovelace", "ada@ACME.test", "synced"),
                personWithEmail(integration, "4", "Dan Wu", "dan@other.test", "synced"),
                personWithEmail(integration, "5", "Eve 100% Real", "eve@acme.test", "failed"),
                personWithEmail(other, "9", "Ada Other", "ada@acme.test", "synced")));

    assertThat(names(store.people().search(integration.id(), PersonQuery.first(10))))
        .containsExactly("Ada Lovelace", "Bruno Alves", "carla Diaz", "Dan Wu", "Eve 100% Real");
    Page<PersonRecord> synced =
        store.people().search(integration.id(), PersonQuery.first(2).withStatus("synced"));
    assertThat(synced.total()).isEqualTo(3);
    assertThat(names(synced)).containsExactly("Ada Lovelace", "carla Diaz");
    Page<PersonRecord> second =
        store
            .people()
            .search(integration.id(), PersonQuery.first(2).withStatus("synced").withOffset(2));
    assertThat(second.total()).isEqualTo(3);
    assertThat(names(second)).containsExactly("Dan Wu");
    assertThat(
            names(store.people().search(integration.id(), PersonQuery.first(10).withText("ACME"))))
        .containsExactly("Ada Lovelace", "Bruno Alves", "carla Diaz", "Eve 100% Real");
    assertThat(
            names(
                store
                    .people()
                    .search(
                        integration.id(),
                        PersonQuery.first(10).withText("acme").withStatus("synced"))))
        .containsExactly("Ada Lovelace", "carla Diaz");
    assertThat(names(store.people().search(integration.id(), PersonQuery.first(10).withText("0%"))))
        .containsExactly("Eve 100% Real");
    assertThat(names(store.people().search(integration.id(), PersonQuery.first(10).withText("_"))))
        .isEmpty();
    assertThat(store.people().search(integration.id(), PersonQuery.first(10).withText("zz")))
        .isEqualTo(new Page<>(List.of(), 0));
  }

  @Test
  void R11_countByStatus() {
    Integration integration = integration();
    store
        .people()
        .saveAll(
            List.of(
                person(integration, "1", "A", "synced", null),
                person(integration, "2", "B", "synced", null),
                person(integration, "3", "C", "frozen", null),
                person(integration(), "4", "D", "failed", null)));

    assertThat(store.people().countByStatus(integration.id()))
        .isEqualTo(Map.of("synced", 2, "frozen", 1));
    assertThat(store.people().countByStatus(integration().id())).isEmpty();
  }

  // ---- runs

  @Test
  void runGoesFromRunningToFinishedWithCountsAndTimings() {
    Integration integration = integration();
    SyncRun started = store.runs().start(integration.id(), "remote", "manual", "node-a");

    assertThat(started.state()).isEqualTo("running");
    assertThat(started.running()).isTrue();
    assertThat(started.duration()).isNull();
    assertThat(store.runs().byId(started.id())).contains(started);

    clock.advance(Duration.ofSeconds(10));
    store.runs().progress(started.id(), 40, 120);
    assertThat(store.runs().byId(started.id()).orElseThrow())
        .extracting(SyncRun::done, SyncRun::total)
        .containsExactly(40, 120);

    clock.advance(Duration.ofSeconds(20));
    store.runs().finish(started.id(), "partial", "{\"created\":3,\"failed\":1}", 2, 17, "1 failed");

    SyncRun finished = store.runs().byId(started.id()).orElseThrow();
    assertThat(finished.state()).isEqualTo("partial");
    assertThat(finished.running()).isFalse();
    assertThat(finished.kind()).isEqualTo("remote");
    assertThat(finished.trigger()).isEqualTo("manual");
    assertThat(finished.node()).isEqualTo("node-a");
    assertThat(finished.countsJson()).isEqualTo("{\"created\":3,\"failed\":1}");
    assertThat(finished.hibobCalls()).isEqualTo(2);
    assertThat(finished.remoteCalls()).isEqualTo(17);
    assertThat(finished.error()).isEqualTo("1 failed");
    assertThat(finished.finishedAt()).isEqualTo(clock.instant());
    assertThat(finished.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aRunFinishesOnceWithAKnownOutcome() {
    SyncRun run = store.runs().start(integration().id(), "remote", "cli", "node-a");

    assertThatThrownBy(() -> store.runs().finish(run.id(), "done", null, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    store.runs().finish(run.id(), "succeeded", "{}", 1, 1, null);
    assertThatThrownBy(() -> store.runs().finish(run.id(), "failed", "{}", 1, 1, "late"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(run.id());
    assertThat(store.runs().byId(run.id()).orElseThrow().state()).isEqualTo("succeeded");
    assertThat(store.runs().byId("nope")).isEmpty();
  }

  @Test
  void recentRunsComeNewestFirst() {
    Integration integration = integration();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(store.runs().start(integration.id(), "remote", "schedule", "n").id());
      clock.advance(Duration.ofMinutes(1));
    }
    store.runs().start(integration().id(), "remote", "schedule", "n");

    assertThat(store.runs().recent(integration.id(), 3))
        .extracting(SyncRun::id)
        .containsExactly(ids.get(4), ids.get(3), ids.get(2));
  }

  @Test
  void lastFinishedRunIsPerKindAndIgnoresRunningOnes() {
    Integration integration = integration();
    SyncRun first = store.runs().start(integration.id(), "remote", "schedule", "n");
    clock.advance(Duration.ofMinutes(1));
    store.runs().finish(first.id(), "succeeded", "{}", 1, 1, null);
    SyncRun compensation = store.runs().start(integration.id(), "compensation", "manual", "n");
    clock.advance(Duration.ofMinutes(1));
    store.runs().finish(compensation.id(), "failed", "{}", 1, 0, "boom");
    store.runs().start(integration.id(), "remote", "schedule", "n");

    assertThat(store.runs().lastFinished(integration.id(), "remote"))
        .map(SyncRun::id)
        .contains(first.id());
    assertThat(store.runs().lastFinished(integration.id(), "compensation"))
        .map(SyncRun::state)
        .contains("failed");
    assertThat(store.runs().lastFinished(integration.id(), "timeoff")).isEmpty();
  }

  // ---- audit

  @Test
  void auditListsNewestFirstInPages() {
    Integration integration = integration();
    SyncRun run = store.runs().start(integration.id(), "remote", "manual", "n");
    for (int i = 1; i <= 5; i++) {
      store.audit().record(audit(integration, run.id(), "p" + i, "{\"title\":\"v" + i + "\"}"));
      clock.advance(Duration.ofSeconds(1));
    }

    List<AuditEntry> page = store.audit().list(integration.id(), 2, 1);

    assertThat(page).extracting(AuditEntry::subject).containsExactly("p4", "p3");
    AuditEntry entry = page.get(0);
    assertThat(entry.id()).isNotNull();
    assertThat(entry.runId()).isEqualTo(run.id());
    assertThat(entry.at()).isEqualTo(T0.plus(elapsed()).minusSeconds(2));
    assertThat(entry.actor()).isEqualTo("sync");
    assertThat(entry.target()).isEqualTo("remote");
    assertThat(entry.action()).isEqualTo("update_employment");
    assertThat(entry.remoteId()).isEqualTo("emp-p4");
    assertThat(entry.fields()).containsExactly("job_title", "department");
    assertThat(entry.beforeJson()).isNull();
    assertThat(entry.afterJson()).isEqualTo("{\"title\":\"v4\"}");
    assertThat(store.audit().count(integration.id())).isEqualTo(5);
    assertThat(store.audit().count(integration().id())).isZero();
  }

  @Test
  void auditMasksSecretsEvenWhenTheCallerForgets() {
    Integration integration = integration();
    String after =
        "{\"full_name\":\"Ann\",\"SSN\":\"123-45-6789\","
            + "\"personal_details\":{\"social_security_number\":\"987-65-4321\",\"Tax_Id\":\"TX1\"},"
            + "\"contacts\":[{\"token\":\"tok-9f3a\",\"password\":\"pw-77c1\",\"name\":\"Bob\"}]}";

    store.audit().record(audit(integration, null, "1", after));

    String stored = store.audit().list(integration.id(), 1, 0).get(0).afterJson();
    assertThat(stored)
        .doesNotContain("123-45-6789", "987-65-4321", "TX1", "tok-9f3a", "pw-77c1")
        .contains("\"full_name\":\"Ann\"", "\"name\":\"Bob\"", "\"SSN\":\"[masked]\"");
  }

  @Test
  void auditRefusesBeforeOrAfterThatIsNotJson() {
    Integration integration = integration();

    assertThatThrownBy(() -> store.audit().record(audit(integration, null, "1", "ssn=123")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not valid JSON")
        .hasMessageNotContaining("123");
    assertThat(store.audit().count(integration.id())).isZero();
  }

  // ---- schema

  @Test
  void reopeningTheStoreKeepsTheData() {
    Integration integration = integration();

    try (Store again = Store.open(config(key), clock)) {
      assertThat(again.integrations().byId(integration.id())).contains(integration);
      assertThat(again.integrations().credentials(integration.id())).isEqualTo(CREDENTIALS);
    }
  }

  // ---- helpers

  Workspace workspace() {
    return store.workspaces().create("ws-" + names.incrementAndGet());
  }

  Integration integration() {
    return store.integrations().create(workspace().id(), newIntegration("acme"));
  }

  static NewIntegration newIntegration(String name) {
    return new NewIntegration(
        name,
        "https://api.hibob.com",
        "https://gateway.remote.com",
        CREDENTIALS,
        Duration.ofMinutes(60),
        "{\"syncTypes\":[\"employee\"]}");
  }

  Integration reload(Integration integration) {
    return store.integrations().byId(integration.id()).orElseThrow();
  }

  Duration elapsed() {
    return Duration.between(T0, clock.instant());
  }

  static PersonRecord person(Integration i, String id, String name, String status, String remote) {
    return new PersonRecord(
        i.id(),
        id,
        name,
        null,
        "employee",
        remote,
        null,
        status,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static PersonRecord personWithEmail(
      Integration i, String id, String name, String email, String status) {
    return new PersonRecord(
        i.id(),
        id,
        name,
        email,
        "employee",
        null,
        null,
        status,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static AuditEntry audit(Integration i, String runId, String subject, String afterJson) {
    return new AuditEntry(
        null,
        i.id(),
        runId,
        null,
        "sync",
        "remote",
        "update_employment",
        subject,
        "emp-" + subject,
        List.of("job_title", "department"),
        null,
        afterJson);
  }

  static List<String> names(Page<PersonRecord> page) {
    return page.items().stream().map(PersonRecord::displayName).toList();
  }

  void addHistory(Integration integration) {
    store.people().save(person(integration, "1", "Ann", "synced", "emp-1"));
    SyncRun run = store.runs().start(integration.id(), "remote", "manual", "n");
    store.audit().record(audit(integration, run.id(), "1", "{}"));
    store.runs().finish(run.id(), "succeeded", "{}", 1, 1, null);
  }

  static void assertNoSecretIn(Throwable e, MasterKey... keys) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String text = String.valueOf(t.getMessage()) + t;
      assertThat(text).doesNotContain("SECRET");
      for (MasterKey k : keys) {
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(k.bytes()));
      }
    }
  }

  int rows(String table, String integrationId) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE integration_id = ?")) {
      s.setString(1, integrationId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  byte[] rawCredentials(String integrationId) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT credentials FROM integrations WHERE id = ?")) {
      s.setString(1, integrationId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    }
  }

  void setRawCredentials(String integrationId, byte[] ciphertext) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE integrations SET credentials = ? WHERE id = ?")) {
      s.setBytes(1, ciphertext);
      s.setString(2, integrationId);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
