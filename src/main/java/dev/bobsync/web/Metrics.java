package dev.bobsync.web;

import dev.bobsync.http.CallObserver;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus metrics at {@code /metrics}: people by status per integration (read at scrape time),
 * and every API call and 429 per integration and side.
 */
public final class Metrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Store store;
  private final MultiGauge people;

  public Metrics(Store store) {
    this.store = store;
    this.people =
        MultiGauge.builder("bobsync.people")
            .description(
                "People with a \"Sync to Remote\" value, by integration (id and name) and status")
            .register(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Counts every call to HiBob and Remote made in this process (syncs, time off, exports, checks)
   * and every 429, by integration id and API; a connection check of a new integration counts as
   * {@code check}.
   */
  public CallObserver calls() {
    return new CallObserver() {
      @Override
      public void sent(String budget, String api) {
        registry.counter("bobsync.api.calls", tags(budget, api)).increment();
      }

      @Override
      public void rateLimited(String budget, String api) {
        registry.counter("bobsync.api.rate_limited", tags(budget, api)).increment();
      }
    };
  }

  private static Tags tags(String budget, String api) {
    return Tags.of("integration", budget.startsWith("check:") ? "check" : budget, "api", api);
  }

  void scrape(Context ctx) {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (Integration i : store.integrations().listActive()) {
      store
          .people()
          .countByStatus(i.id())
          .forEach(
              (status, n) ->
                  rows.add(
                      MultiGauge.Row.of(
                          Tags.of("integration", i.id(), "name", i.name(), "status", status), n)));
    }
    people.register(rows, true);
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
