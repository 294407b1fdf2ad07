package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.FixedWindowRateLimiter;
import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What stands before every HiBob route: counting, the WAF's throttling of failed logins, injected
 * faults, Basic auth (401), the permission-group check (403) and the per-minute limits (429).
 */
final class ApiGate {
  /** A route handler that runs once the caller is known. */
  @FunctionalInterface
  interface ApiHandler {
    void handle(Context ctx, Caller caller) throws Exception;
  }

  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final Supplier<CompanySnapshot> company;
  private final Clock clock;
  private final Faults faults;
  private final Replies replies;
  private final RequestCounters counters;
  private final AtomicReference<RateLimits> limits;
  private final FixedWindowRateLimiter requests;
  private final FixedWindowRateLimiter authFailures;
  private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  ApiGate(
      Supplier<CompanySnapshot> company,
      Clock clock,
      Faults faults,
      Replies replies,
      RequestCounters counters,
      AtomicReference<RateLimits> limits) {
    this.company = company;
    this.clock = clock;
    this.faults = faults;
    this.replies = replies;
    this.counters = counters;
    this.limits = limits;
    this.requests = new FixedWindowRateLimiter(clock, WINDOW);
    this.authFailures = new FixedWindowRateLimiter(clock, WINDOW);
  }

  /** Forgets every rate-limit window and throttled address. */
  void resetWindows() {
    requests.reset();
    authFailures.reset();
    blockedUntil.clear();
  }

  Handler wrap(String method, String route, Bucket bucket, ApiHandler handler) {
    String routeKey = method + " " + route;
    return ctx -> {
      counters.count(routeKey);
      if (method.equals("GET") && isJson(ctx.header("Content-Type"))) {
        replies.html(ctx, 400, "<html><body><h1>400 Bad Request</h1></body></html>");
        return;
      }
      String client = ctx.ip();
      Instant blocked = blockedUntil.get(client);
      if (blocked != null && clock.instant().isBefore(blocked)) {
        tooMany(ctx, limits.get().authFailuresPerMinute(), blocked, "exception.auth.throttled");
        return;
      }
      switch (faults.before()) {
        case RATE_LIMITED -> {
          tooMany(ctx, limits.get().perMinute(bucket), clock.instant().plus(WINDOW), null);
          return;
        }
        case SERVER_ERROR -> {
          replies.error(ctx, faults.errorStatus(), "exception.server", "Internal server error");
          return;
        }
        default -> {}
      }
      CompanySnapshot snapshot = company.get();
      Optional<ServiceUser> user = authenticate(snapshot, ctx.header("Authorization"));
      if (user.isEmpty()) {
        failedLogin(ctx, client);
        return;
      }
      Optional<PermissionGroup> group = snapshot.access().groupOf(user.get());
      if (group.isEmpty()) {
        replies.error(
            ctx,
            403,
            "exception.permission.denied",
            "Service user "
                + user.get().id()
                + " is not a member of any permission group of type Service user");
        return;
      }
      int limit = limits.get().perMinute(bucket);
      FixedWindowRateLimiter.Decision d = requests.acquire(user.get().id() + " " + routeKey, limit);
      if (!d.allowed()) {
        tooMany(ctx, limit, d.resetAt(), null);
        return;
      }
      rateHeaders(ctx, limit, d.remaining(), d.resetAt());
      handler.handle(ctx, new Caller(user.get(), group.get()));
    };
  }

  private void failedLogin(Context ctx, String client) {
    int allowed = limits.get().authFailuresPerMinute();
    FixedWindowRateLimiter.Decision d = authFailures.acquire(client, allowed);
    if (!d.allowed()) {
      blockedUntil.put(client, d.resetAt());
      tooMany(ctx, allowed, d.resetAt(), "exception.auth.throttled");
      return;
    }
    replies.error(ctx, 401, "exception.unauthorized", "Invalid service user id or token");
  }

  private void tooMany(Context ctx, int limit, Instant reset, String key) {
    counters.countRateLimited();
    rateHeaders(ctx, limit, 0, reset);
    replies.error(
        ctx,
        429,
        key == null ? "exception.rate.limit" : key,
        key == null ? "Rate limit exceeded" : "Too many failed logins from this address");
  }

  private static void rateHeaders(Context ctx, int limit, int remaining, Instant reset) {
    ctx.header("X-RateLimit-Limit", Integer.toString(limit));
    ctx.header("X-RateLimit-Remaining", Integer.toString(remaining));
    ctx.header("X-RateLimit-Reset", Long.toString(reset.getEpochSecond()));
  }

  private static Optional<ServiceUser> authenticate(CompanySnapshot s, String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return s.access().authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static boolean isJson(String contentType) {
    return contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
  }
}
