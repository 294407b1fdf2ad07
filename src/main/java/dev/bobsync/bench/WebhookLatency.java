package dev.bobsync.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.store.PersonRecord;
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
 */
final class WebhookLatency implements WebhookScenario {
  /** Where HiBob should send its webhooks, and the secret it signs them with. */
  interface Receiver extends AutoCloseable {
    String url();

    String secret();

    @Override
    void close();
  }

  private static final Duration GIVE_UP = Duration.ofSeconds(120);

  private final Function<BenchWorld, Receiver> receivers;
  private final int changes;

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
      for (int i = 0; i < synced.size(); i++) {
        seconds.add(timeOneChange(world, synced.get(i), "Webhook Specialist " + i));
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
