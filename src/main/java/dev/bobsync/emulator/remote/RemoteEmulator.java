package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.WebhookDispatcher;
import dev.bobsync.http.Json;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An emulator of Remote's API ({@code /v1/...}) with its control API ({@code /_emulator/...}), for
 * tests, demos and benchmarks. Everything time-dependent reads the given clock.
 */
public final class RemoteEmulator implements AutoCloseable {
  private static final long SEED = 7072;
  private static final String TEST_TOKEN_PREFIX = "ra_test_";

  private final Clock clock;
  private final ObjectMapper mapper = Json.newMapper();
  private final Ids ids = new Ids(SEED);
  private final Faults faults = new Faults(SEED);
  private final RequestStats stats = new RequestStats();
  private final CompanyRegistry companies = new CompanyRegistry();
  private final WebhookDispatcher dispatcher;
  private final RemoteWebhooks webhooks;
  private final Javalin app;

  private RemoteEmulator(Clock clock) {
    this.clock = clock;
    this.dispatcher = new WebhookDispatcher(clock);
    this.webhooks = new RemoteWebhooks(dispatcher, mapper, clock, ids);
    this.app = Javalin.create(this::configure);
  }

  /** Starts an emulator serving {@code fixture} on {@code port} (0: a free one). */
  public static RemoteEmulator start(RemoteFixture fixture, int port, Clock clock) {
    Objects.requireNonNull(fixture, "fixture");
    Objects.requireNonNull(clock, "clock");
    RemoteEmulator emulator = new RemoteEmulator(clock);
    try {
      fixture.companies().forEach(emulator::addCompany);
      emulator.app.start(port);
      return emulator;
    } catch (RuntimeException e) {
      emulator.close();
      throw e;
    }
  }

  /** {@code http://localhost:PORT}; Remote's paths start with {@code /v1/}. */
  public String baseUrl() {
    return "http://localhost:" + app.port();
  }

  public int port() {
    return app.port();
  }

  public Clock clock() {
    return clock;
  }

  /** Adds a company; its token must be an {@code ra_test_} one and not in use. */
  public RemoteCompany addCompany(RemoteFixture.Company company) {
    Objects.requireNonNull(company, "company");
    if (!company.apiToken().startsWith(TEST_TOKEN_PREFIX)) {
      throw new IllegalArgumentException(
          "company " + company.id() + ": apiToken must start with ra_test_ (this is a sandbox)");
    }
    if (companies.contains(company.id())) {
      throw new IllegalArgumentException("company id " + company.id() + " is used twice");
    }
    RemoteCompany added = new RemoteCompany(company, clock, ids, webhooks);
    companies.add(added);
    return added;
  }

  /** A company's live state; an unknown id is an {@link IllegalArgumentException}. */
  public RemoteCompany company(String companyId) {
    Objects.requireNonNull(companyId, "companyId");
    return companies
        .byId(companyId)
        .orElseThrow(() -> new IllegalArgumentException("no company " + companyId));
  }

  public List<RemoteCompany> companies() {
    return companies.all();
  }

  /** The faults applied to the next vendor-API requests. */
  public Faults faults() {
    return faults;
  }

  /** The vendor-API requests a company made since the start or the last reset. */
  public RequestCounts requests(String companyId) {
    return stats.counts(Objects.requireNonNull(companyId, "companyId"));
  }

  /** Request counts of every company, by company id. */
  public Map<String, RequestCounts> requests() {
    Map<String, RequestCounts> all = new LinkedHashMap<>();
    companies.all().forEach(c -> all.put(c.id(), stats.counts(c.id())));
    return all;
  }

  public void resetRequestCounts() {
    stats.reset();
  }

  /** The ids of a company's registered webhook callbacks, oldest first. */
  public List<String> webhookCallbackIds(String companyId) {
    return webhooks.callbacks(companyId).stream().map(RemoteWebhooks.Callback::id).toList();
  }

  /** The latest webhook delivery attempts, oldest first. */
  public List<WebhookDispatcher.Delivery> webhookDeliveries() {
    return dispatcher.deliveries();
  }

  /** Waits until every webhook queued so far was attempted. */
  public void awaitWebhooks(Duration timeout) throws InterruptedException {
    dispatcher.awaitIdle(Objects.requireNonNull(timeout, "timeout"));
  }

  RemoteWebhooks webhooks() {
    return webhooks;
  }

  @Override
  public void close() {
    app.stop();
    dispatcher.close();
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    Gateway api = new Gateway(config.routes, companies, faults, stats, mapper, clock);
    new EmploymentRoutes(mapper).register(api);
    new DirectoryRoutes(mapper).register(api);
    new TimeoffRoutes(mapper).register(api);
    new CountryRoutes().register(api);
    new WebhookRoutes(mapper, webhooks).register(api);
    new ControlRoutes(this, mapper).register(config.routes);
    JsonErrors.register(config.routes, mapper);
  }
}
