package dev.bobsync.connect;

import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.CallObserver;
import dev.bobsync.http.RateLimiters;
import dev.bobsync.http.Sleeper;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.Credentials;
import dev.bobsync.store.Integration;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the vendor clients of an integration, all sharing one HTTP client and the process's rate
 * limiters, so every run of one integration stays inside the same budget.
 */
public final class Clients {
  private final HttpClient http;
  private final RateLimiters limiters;
  private final Clock clock;
  private final Sleeper sleeper;

  public Clients(HttpClient http, RateLimiters limiters, Clock clock, Sleeper sleeper) {
    this.http = Objects.requireNonNull(http, "http");
    this.limiters = Objects.requireNonNull(limiters, "limiters");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /** The usual wiring: a shared HTTP client, the system clock and real waiting. */
  public static Clients standard(Clock clock) {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return new Clients(http, new RateLimiters(clock, Sleeper.SYSTEM), clock, Sleeper.SYSTEM);
  }

  /**
   * A HiBob client; {@code budgetKey} names whose budget it spends (an integration id, or a one-off
   * key for a connection check).
   */
  public HibobClient hibob(
      String budgetKey, String integration, String url, String user, String token, int perMinute) {
    return HibobClient.connect(
        URI.create(url),
        integration,
        user,
        token,
        limiters.perMinute(budgetKey + "/hibob", perMinute),
        http,
        clock,
        sleeper);
  }

  public RemoteClient remote(
      String budgetKey, String integration, String url, String token, int perMinute) {
    return RemoteClient.connect(
        URI.create(url),
        integration,
        token,
        limiters.perMinute(budgetKey + "/remote", perMinute),
        http,
        clock,
        sleeper);
  }

  /** A stored integration's HiBob client, spending the integration's own budget. */
  public HibobClient hibob(Integration integration, Credentials credentials, int perMinute) {
    return hibob(
        integration.id(),
        integration.name(),
        integration.hibobUrl(),
        credentials.hibobServiceUserId(),
        credentials.hibobToken(),
        perMinute);
  }

  /** A stored integration's Remote client, or empty when it has no Remote connection. */
  public Optional<RemoteClient> remote(
      Integration integration, Credentials credentials, int perMinute) {
    if (integration.remoteUrl() == null || credentials.remoteToken() == null) {
      return Optional.empty();
    }
    return Optional.of(
        remote(
            integration.id(),
            integration.name(),
            integration.remoteUrl(),
            credentials.remoteToken(),
            perMinute));
  }

  /** Tells {@code observer} of every call and 429 of every client made here (metrics). */
  public void observeCalls(CallObserver observer) {
    limiters.observe(observer);
  }

  /** Forgets an integration's budgets once it is removed. */
  public void forget(String budgetKey) {
    limiters.forget(budgetKey + "/");
  }

  public Clock clock() {
    return clock;
  }
}
