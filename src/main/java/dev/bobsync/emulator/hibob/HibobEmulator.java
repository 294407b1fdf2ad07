package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.WebhookDispatcher;
import dev.bobsync.http.Json;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A running HiBob API emulator: HiBob's routes under {@code /v1} and the control API under {@code
 * /_emulator}. Close it to stop the server.
 */
public final class HibobEmulator implements AutoCloseable {
  private final LiveCompany company;
  private final Controls controls;
  private final ApiGate gate;
  private final Javalin app;

  private HibobEmulator(HibobCompany initial, int port, Clock clock) {
    ObjectMapper mapper = Json.newMapper();
    WebhookDispatcher dispatcher = new WebhookDispatcher(clock);
    this.controls = new Controls(new Faults(initial.id()), dispatcher);
    controls.shapes(initial.shapes());
    this.company =
        new LiveCompany(
            initial.snapshot(),
            clock,
            new WebhookPublisher(initial.id(), clock, mapper, dispatcher));
    Replies replies = new Replies(mapper, controls.faults());
    this.gate =
        new ApiGate(
            company::snapshot,
            clock,
            controls.faults(),
            replies,
            controls.counters(),
            controls.limitsRef());
    controls.onLimitsChanged(gate::resetWindows);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              ApiRoutes api = new ApiRoutes(config.routes, gate);
              new PeopleRoutes(company, replies, controls.faults(), clock, controls::shapes)
                  .register(api);
              new MetadataRoutes(company, replies, controls.faults(), controls::shapes)
                  .register(api);
              new HistoryRoutes(company, replies, clock).register(api);
              new TimeOffRoutes(company, replies, clock, controls::shapes).register(api);
              new ControlRoutes(company, controls, Replies.withoutFaults(mapper), clock)
                  .register(config.routes);
              for (HandlerType method :
                  List.of(
                      HandlerType.GET,
                      HandlerType.POST,
                      HandlerType.PUT,
                      HandlerType.PATCH,
                      HandlerType.DELETE)) {
                config.routes.addHttpHandler(
                    method, "/*", ctx -> replies.html(ctx, 200, Replies.UNKNOWN_PATH_PAGE));
              }
              Errors.register(config.routes, replies);
            });
    try {
      app.start(port);
    } catch (RuntimeException e) {
      dispatcher.close();
      throw e;
    }
  }

  /** Starts serving {@code company} on {@code port} (0 picks a free one). */
  public static HibobEmulator start(HibobCompany company, int port, Clock clock) {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(clock, "clock");
    return new HibobEmulator(company, port, clock);
  }

  public int port() {
    return app.port();
  }

  /** HiBob's base URL as a client configures it, e.g. {@code http://localhost:7071/v1}. */
  public String baseUrl() {
    return "http://localhost:" + port() + "/v1";
  }

  /** The control API's base, e.g. {@code http://localhost:7071/_emulator}. */
  public String controlUrl() {
    return "http://localhost:" + port() + ControlRoutes.PREFIX;
  }

  /** The company as it is now, with every change the control API offers. */
  public LiveCompany company() {
    return company;
  }

  /** The service user with every permission the product needs (the first one of the company). */
  public ServiceUser serviceUser() {
    return company.serviceUsers().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the company has no service user"));
  }

  /** Which of HiBob's documented answer shapes the emulator gives now. */
  public AnswerShapes answerShapes() {
    return controls.shapes();
  }

  /** Answers from now on in {@code shapes}. */
  public void answerShapes(AnswerShapes shapes) {
    controls.shapes(shapes);
  }

  public Faults faults() {
    return controls.faults();
  }

  public RateLimits rateLimits() {
    return controls.limits();
  }

  /** Sets the per-minute limits; every window starts afresh. */
  public void rateLimits(RateLimits limits) {
    controls.limits(limits);
  }

  /** Requests answered so far on HiBob's routes, per route, and the 429s among them. */
  public RequestStats stats() {
    return controls.counters().snapshot();
  }

  public void resetStats() {
    controls.counters().reset();
  }

  public List<WebhookDispatcher.Delivery> webhookDeliveries() {
    return controls.deliveries();
  }

  /** Waits until every webhook queued so far was attempted. */
  public void awaitWebhooks(Duration timeout) throws InterruptedException {
    controls.dispatcher().awaitIdle(timeout);
  }

  @Override
  public void close() {
    app.stop();
    controls.dispatcher().close();
  }
}
