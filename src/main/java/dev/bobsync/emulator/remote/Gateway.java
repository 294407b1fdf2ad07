package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.FixedWindowRateLimiter;
import dev.bobsync.emulator.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front of every vendor-API route: bearer-token auth, request counting, the per-company rate
 * limit, injected faults, and answers (errors included) written as JSON.
 */
final class Gateway {
  /** A vendor-API handler, called for one authenticated company. */
  @FunctionalInterface
  interface Route {
    Reply handle(Context ctx, RemoteCompany company);
  }

  /** A status and a body to write as JSON ({@code null} body: none). */
  record Reply(int status, Object body) {
    /** {@code {"data": {key: value}}}. */
    static Reply data(int status, String key, Object value) {
      return new Reply(status, Map.of("data", Map.of(key, value)));
    }

    /** {@code {"data": data}}. */
    static Reply data(Object data) {
      return new Reply(200, Map.of("data", data));
    }
  }

  private static final Logger log = LoggerFactory.getLogger(Gateway.class);
  private static final String LIVE_TOKEN_PREFIX = "ra_live_";

  private final RoutesConfig routes;
  private final CompanyRegistry companies;
  private final FixedWindowRateLimiter limiter;
  private final Faults faults;
  private final RequestStats stats;
  private final ObjectMapper mapper;
  private final Clock clock;

  Gateway(
      RoutesConfig routes,
      CompanyRegistry companies,
      Faults faults,
      RequestStats stats,
      ObjectMapper mapper,
      Clock clock) {
    this.routes = routes;
    this.companies = companies;
    this.limiter = new FixedWindowRateLimiter(clock, Duration.ofSeconds(60));
    this.faults = faults;
    this.stats = stats;
    this.mapper = mapper;
    this.clock = clock;
  }

  void get(String path, Route route) {
    add(HandlerType.GET, path, route);
  }

  void post(String path, Route route) {
    add(HandlerType.POST, path, route);
  }

  void patch(String path, Route route) {
    add(HandlerType.PATCH, path, route);
  }

  void delete(String path, Route route) {
    add(HandlerType.DELETE, path, route);
  }

  private void add(HandlerType method, String path, Route route) {
    routes.addHttpHandler(method, path, ctx -> handle(ctx, method, path, route));
  }

  private void handle(Context ctx, HandlerType method, String template, Route route) {
    Reply reply;
    RemoteCompany company = null;
    try {
      company = authenticate(ctx);
      stats.record(company.id(), method.name(), template);
      reply = admit(ctx, company);
      if (reply == null) {
        reply = route.handle(ctx, company);
      }
    } catch (ApiError e) {
      reply =
          new Reply(
              e.status(),
              e.body(company == null ? ErrorShape.ERRORS_OBJECT : company.errorShape()));
    } catch (RuntimeException e) {
      log.error("{} {} failed", method, template, e);
      reply = new Reply(500, Map.of("message", "Internal server error"));
    }
    boolean write = method != HandlerType.GET;
    if (write && reply.status() < 300 && faults.takeDrop()) {
      Responses.dropConnection(ctx);
      return;
    }
    write(ctx, reply);
  }

  private RemoteCompany authenticate(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.of(401, "Missing bearer token (Authorization: Bearer ra_test_...)");
    }
    String token = header.substring(7).trim();
    if (token.startsWith(LIVE_TOKEN_PREFIX)) {
      throw ApiError.of(
          401, "ra_live_ tokens only work in production; this sandbox takes ra_test_ tokens");
    }
    return companies.byToken(token).orElseThrow(() -> ApiError.of(401, "Invalid API token"));
  }

  /** A 429 or injected 5xx when the request may not reach its handler; {@code null} otherwise. */
  private Reply admit(Context ctx, RemoteCompany company) {
    FixedWindowRateLimiter.Decision decision =
        limiter.acquire(company.id(), company.rateLimitPerMinute());
    long resetMs = Math.max(0, Duration.between(clock.instant(), decision.resetAt()).toMillis());
    Faults.Decision fault = decision.allowed() ? faults.before() : Faults.Decision.NONE;
    if (!decision.allowed() || fault == Faults.Decision.RATE_LIMITED) {
      rateLimitHeaders(ctx, decision.limit(), 0, resetMs);
      stats.rateLimited(company.id());
      String message = "Too many requests: the limit is " + decision.limit() + " per minute";
      return new Reply(429, Map.of("message", message));
    }
    rateLimitHeaders(ctx, decision.limit(), decision.remaining(), resetMs);
    if (fault == Faults.Decision.SERVER_ERROR) {
      return new Reply(faults.errorStatus(), Map.of("message", "Service unavailable"));
    }
    return null;
  }

  private static void rateLimitHeaders(Context ctx, int limit, int remaining, long resetMs) {
    ctx.header("x-ratelimit-limit", Integer.toString(limit));
    ctx.header("x-ratelimit-count", Integer.toString(limit - remaining));
    ctx.header("x-ratelimit-remaining", Integer.toString(remaining));
    ctx.header("x-ratelimit-reset", Long.toString(resetMs));
  }

  /** Writes a reply as JSON, through the truncation fault. */
  private void write(Context ctx, Reply reply) {
    if (reply.body() == null) {
      ctx.status(reply.status());
      return;
    }
    try {
      Responses.json(ctx, reply.status(), mapper.writeValueAsBytes(reply.body()), faults);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write answer", e);
    }
  }
}
