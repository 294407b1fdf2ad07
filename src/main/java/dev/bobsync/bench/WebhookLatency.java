package dev.bobsync.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.demo.DemoRemoteCompany;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.store.PersonRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Times single changes by webhook: registers a receiver with HiBob, changes one synced person's job
 * title at a time, and waits until Remote shows it. The receiver (bobsync's webhook route with its
 * queue and targeted runs) is whatever {@code receivers} starts for a company.
 *
 * <p>It starts as a real company would after a sync: Remote's 20-a-minute window spent (the
 * company's token makes the calls left in it), so the first change waits for Remote's reset. Each
 * change is single: made {@link #QUIET} after the previous one reached Remote (skipped on the
 * virtual clock), as HR edits people one at a time; a change made while another is under way is a
 * burst, which the scheduler gathers into one run.
 */
final class WebhookLatency implements WebhookScenario {
  /** Where HiBob should send its webhooks, and the secret it signs them with. */
  interface Receiver extends AutoCloseable {
    String url();

    /** The service's own address, for Remote's events; empty when it takes none. */
    default Optional<String> serviceUrl() {
      return Optional.empty();
    }

    String secret();

    @Override
    void close();
  }

  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  /** The pause between two single changes. */
  static final Duration QUIET = Duration.ofSeconds(6);

  private final Function<BenchWorld, Receiver> receivers;
  private final int changes;
  private Optional<Latencies> remoteEvents = Optional.empty();

  WebhookLatency(Function<BenchWorld, Receiver> receivers, int changes) {
    this.receivers = receivers;
    this.changes = changes;
  }

  @Override
  public Optional<Latencies> measure(BenchWorld world) {
    List<PersonRecord> synced =
        world.store.people().all(world.integration.id()).stream()
            .filter(p -> p.remoteId() != null)
            // Remote's API takes no update of a contractor: their title never reaches Remote.
            .filter(p -> !"contractor".equals(p.syncType()))
            .limit(changes)
            .toList();
    List<Double> seconds = new ArrayList<>();
    try (Receiver receiver = receivers.apply(world)) {
      world.hibob.company().registerWebhook(receiver.url(), receiver.secret());
      spendRemoteWindow(world);
      for (int i = 0; i < synced.size(); i++) {
        seconds.add(timeOneChange(world, synced.get(i), "Webhook Specialist " + i));
        pause(world, QUIET);
      }
      if (receiver.serviceUrl().isPresent()) {
        List<PersonRecord> others =
            world.store.people().all(world.integration.id()).stream()
                .filter(p -> p.remoteId() != null)
                .filter(p -> "employee".equals(p.syncType()))
                .filter(p -> synced.stream().noneMatch(s -> s.hibobId().equals(p.hibobId())))
                .toList();
        remoteEvents =
            RemoteEventLatency.measure(world, receiver.serviceUrl().get(), others, changes);
      }
    }
    return seconds.isEmpty() ? Optional.empty() : Optional.of(latencies(seconds));
  }

  private double timeOneChange(BenchWorld world, PersonRecord person, String title) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.putObject("work").put("title", title);
    Instant changed = world.clock.instant();
    world.hibob.company().patchEmployee(person.hibobId(), patch);
    while (world.clock.secondsSince(changed) < GIVE_UP.toSeconds()) {
      Optional<Employment> inRemote = world.remoteCompany().employment(person.remoteId());
      if (inRemote.map(e -> title.equals(e.jobTitle())).orElse(false)) {
        return world.clock.secondsSince(changed);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return world.clock.secondsSince(changed);
  }

  @Override
  public Optional<Latencies> lastRemoteEvents() {
    return remoteEvents;
  }

  /** Spends what is left of the company's Remote window, as the sync before would have. */
  static void spendRemoteWindow(BenchWorld world) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest list =
        HttpRequest.newBuilder(URI.create(world.remote.baseUrl() + "/v1/employments?page_size=1"))
            .header("Authorization", "Bearer " + DemoRemoteCompany.TOKEN)
            .build();
    for (int i = 0; i < 1_000; i++) {
      try {
        HttpResponse<Void> answer = http.send(list, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 429
            || answer
                .headers()
                .firstValue("x-ratelimit-remaining")
                .filter("0"::equals)
                .isPresent()) {
          return;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Waits on the world's clock: skipped on the virtual one. */
  static void pause(BenchWorld world, Duration d) {
    if (world.clock.isVirtual()) {
      world.clock.skip(d);
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** p50 and p95 of {@code seconds}, nearest rank. */
  static Latencies latencies(List<Double> seconds) {
    List<Double> sorted = new ArrayList<>(seconds);
    Collections.sort(sorted);
    return new Latencies(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.95));
  }

  private static double rank(List<Double> sorted, double p) {
    int index = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }
}
