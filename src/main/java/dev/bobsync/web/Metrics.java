package dev.bobsync.web;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.bobsync.http.CallObserver;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;

/**
 * Prometheus metrics at {@code /metrics}: the JVM, the process, Jetty, the HikariCP pool and
 * db-scheduler from the start; people by status per integration (read at scrape time), and every
 * API call and 429 per integration and side.
 */
public final class Metrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Store store;
  private final MultiGauge people;

  public Metrics(Store store) {
    this.store = store;
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    // Hikari takes one tracker per pool: a second service on the same store keeps the first's.
    if (store.dataSource() instanceof HikariDataSource pool
        && pool.getMetricsTrackerFactory() == null) {
      pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }
    this.people =
        MultiGauge.builder("bobsync.people")
            .description(
                "People with a \"Sync to Remote\" value, by integration (id and name) and status")
            .register(registry);
    Gauge.builder("bobsync.integrations", store, s -> s.integrations().listActive().size())
        .description("Integrations that sync (removed ones excluded)")
        .register(registry);
  }

  /** Jetty's thread pool and connections, once the web server has started. */
  public void bindJetty(Server server) {
    new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
    JettyConnectionMetrics.addToAllConnectors(server, registry);
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
