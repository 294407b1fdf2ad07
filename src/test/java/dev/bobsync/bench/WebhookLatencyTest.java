package dev.bobsync.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.http.Json;
import dev.bobsync.sync.SyncOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook scenario's measuring loop, driven by a stand-in receiver that runs a targeted sync
 * for each HiBob webhook, as bobsync's own receiver will.
 */
class WebhookLatencyTest {
  @TempDir Path dir;

  @Test
  void percentilesAreNearestRank() {
    List<Double> seconds = new java.util.ArrayList<>();
    for (int i = 20; i >= 1; i--) {
      seconds.add((double) i);
    }
    WebhookScenario.Latencies l = WebhookLatency.latencies(seconds);
    assertThat(l.changes()).isEqualTo(20);
    assertThat(l.p50Seconds()).isEqualTo(10.0);
    assertThat(l.p95Seconds()).isEqualTo(19.0);
    assertThat(WebhookLatency.latencies(List.of(4.0)).p95Seconds()).isEqualTo(4.0);
  }

  @Test
  void timesEachChangeFromHibobUntilRemoteShowsIt() {
    HibobCompany company = HibobCompany.generateNewHires(80, 3, LocalDate.now(ZoneOffset.UTC));
    try (BenchWorld world = BenchWorld.start(company, Profile.THROUGHPUT, dir)) {
      world.nextRun();
      assertThat(world.sync().people().counts().created())
          .isEqualTo(world.selected.size())
          .isPositive();

      Optional<WebhookScenario.Latencies> measured =
          new WebhookLatency(TargetedSyncReceiver::new, 3).measure(world);

      assertThat(measured).isPresent();
      assertThat(measured.get().changes()).isEqualTo(3);
      assertThat(measured.get().p95Seconds())
          .isGreaterThanOrEqualTo(measured.get().p50Seconds())
          .isGreaterThan(0)
          .isLessThan(120);
      assertThat(world.remoteCompany().employments())
          .filteredOn(e -> e.jobTitle().startsWith("Webhook Specialist"))
          .hasSize(3);
    }
  }

  /** Runs a targeted sync of the employee each webhook names, one at a time. */
  private static final class TargetedSyncReceiver implements WebhookLatency.Receiver {
    private final HttpServer server;
    private final ExecutorService syncs = Executors.newSingleThreadExecutor();

    TargetedSyncReceiver(BenchWorld world) {
      try {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/hibob",
          exchange -> {
            JsonNode event = Json.newMapper().readTree(exchange.getRequestBody());
            String employee = event.path("data").path("employeeId").asText();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            syncs.submit(
                () ->
                    world
                        .app
                        .remoteSync()
                        .run(
                            world.store.integrations().byId(world.integration.id()).orElseThrow(),
                            SyncOptions.of("webhook").only(Set.of(employee))));
          });
      server.start();
    }

    @Override
    public String url() {
      return "http://localhost:" + server.getAddress().getPort() + "/hibob";
    }

    @Override
    public String secret() {
      return "bench-secret";
    }

    @Override
    public void close() {
      server.stop(0);
      syncs.shutdownNow();
    }
  }
}
