package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.WebhookDispatcher;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The emulator's knobs and gauges that are not company data: faults, limits, counters, hooks. */
final class Controls {
  private final Faults faults;
  private final RequestCounters counters = new RequestCounters();
  private final AtomicReference<RateLimits> limits = new AtomicReference<>(RateLimits.DEFAULT);
  private final WebhookDispatcher dispatcher;
  private final AtomicReference<AnswerShapes> shapes = new AtomicReference<>(AnswerShapes.DEFAULT);
  private Runnable onLimitsChanged = () -> {};

  Controls(Faults faults, WebhookDispatcher dispatcher) {
    this.faults = faults;
    this.dispatcher = dispatcher;
  }

  Faults faults() {
    return faults;
  }

  RequestCounters counters() {
    return counters;
  }

  AtomicReference<RateLimits> limitsRef() {
    return limits;
  }

  RateLimits limits() {
    return limits.get();
  }

  /** Sets the limits and starts every window afresh. */
  void limits(RateLimits next) {
    limits.set(Objects.requireNonNull(next, "limits"));
    onLimitsChanged.run();
  }

  void onLimitsChanged(Runnable action) {
    this.onLimitsChanged = action;
  }

  /** Which of HiBob's documented answer shapes the routes give now. */
  AnswerShapes shapes() {
    return shapes.get();
  }

  void shapes(AnswerShapes next) {
    shapes.set(Objects.requireNonNull(next, "shapes"));
  }

  WebhookDispatcher dispatcher() {
    return dispatcher;
  }

  List<WebhookDispatcher.Delivery> deliveries() {
    return dispatcher.deliveries();
  }
}
