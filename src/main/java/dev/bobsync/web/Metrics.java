package dev.bobsync.web;

import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.sync.SyncReport;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * Prometheus metrics at {@code /metrics}: people by status per integration (read at scrape time),
 * and the API calls and 429s each run spent, per side.
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
            .description("People with a \"Sync to Remote\" value, by integration and status")
            .register(registry);
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Counts what one run spent on each API. */
  public void recordRun(Integration integration, SyncReport report) {
    Tags tags = Tags.of("integration", integration.name());
    registry
        .counter("bobsync.api.calls", tags.and("api", "hibob"))
        .increment(report.calls().hibob());
    registry
        .counter("bobsync.api.calls", tags.and("api", "remote"))
        .increment(report.calls().remote());
    registry.counter("bobsync.api.rate_limited", tags).increment(report.calls().rateLimited());
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
                      MultiGauge.Row.of(Tags.of("integration", i.name(), "status", status), n)));
    }
    people.register(rows, true);
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
