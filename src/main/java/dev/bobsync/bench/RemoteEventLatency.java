package dev.bobsync.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.Employment;
import dev.bobsync.emulator.remote.EmploymentForm;
import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.RemoteEventsSetup;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times Remote events: people onboarding in Remote (R7: their HiBob changes wait) complete their
 * onboarding one at a time; each is timed from the completion in Remote (which sends {@code
 * employment.onboarding.completed}) until the Remote emulator shows the change that waited (a new
 * address line, R8), through bobsync's receiver, queue and targeted run.
 */
final class RemoteEventLatency {
  private static final double GIVE_UP_SECONDS = 120;

  /**
   * The pause between two completions: each costs Remote two calls (the show of the employment the
   * event names, and the write), so one every 10 s keeps within 20 a minute with room to spare.
   */
  static final Duration BETWEEN = Duration.ofSeconds(10);

  private RemoteEventLatency() {}

  /** Latencies over up to {@code changes} people, or empty when none could be set up. */
  static Optional<WebhookScenario.Latencies> measure(
      BenchWorld world, String serviceUrl, List<PersonRecord> candidates, int changes) {
    List<PersonRecord> onboarding = new ArrayList<>();
    for (PersonRecord p : candidates) {
      if (onboarding.size() == changes) {
        break;
      }
      Optional<Employment> now = world.remoteCompany().employment(p.remoteId());
      if (now.isEmpty() || now.get().form(EmploymentForm.ADDRESS_DETAILS) == null) {
        continue; // no address in Remote: nothing an address change could update
      }
      try {
        world.remoteCompany().moveEmployment(p.remoteId(), EmploymentStatus.INVITED);
        onboarding.add(p);
      } catch (IllegalStateException notFromItsStatus) {
        // an employment that cannot go back to onboarding is left out
      }
    }
    if (onboarding.isEmpty()) {
      return Optional.empty();
    }
    world.sync(); // bobsync sees them onboarding: frozen (R7)
    for (int i = 0; i < onboarding.size(); i++) {
      ObjectNode patch = JsonNodeFactory.instance.objectNode();
      patch.putObject("address").put("line1", line(i));
      world.hibob.company().patchEmployee(onboarding.get(i).hibobId(), patch);
    }
    RemoteEventsSetup setup =
        new RemoteEventsSetup(
            world.store, world.app.clients(), Optional.of(URI.create(serviceUrl)));
    RemoteEventsSetup.Outcome registered = setup.register(world.integration);
    if (!registered.ok()) {
      throw new IllegalStateException(registered.message());
    }
    // the setup above (a full sync, the run after 50 HiBob edits) spent Remote's window: the
    // onboardings complete later, as they do in a company, once those runs ended and it has reset
    awaitQuiet(world);
    WebhookLatency.pause(world, Duration.ofMinutes(1));
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < onboarding.size(); i++) {
      seconds.add(timeOne(world, onboarding.get(i).remoteId(), line(i)));
      WebhookLatency.pause(world, BETWEEN);
    }
    setup.unregister(world.integration);
    return Optional.of(WebhookLatency.latencies(seconds));
  }

  /** Waits until no change is queued and no run of the integration is under way. */
  private static void awaitQuiet(BenchWorld world) {
    String id = world.integration.id();
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    long quietSince = 0;
    while (System.nanoTime() < deadline) {
      boolean queued = world.store.pendingChanges().span(id).isPresent();
      boolean running = world.store.runs().recent(id, 1).stream().anyMatch(r -> r.running());
      if (queued || running) {
        quietSince = 0;
      } else if (quietSince == 0) {
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
        // quiet for 3 s of real time: HiBob's webhooks of the edits have arrived and run
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String line(int i) {
    return "Remote Event Street " + (i + 1);
  }

  private static double timeOne(BenchWorld world, String remoteId, String line) {
    Instant completed = world.clock.instant();
    world.remoteCompany().moveEmployment(remoteId, EmploymentStatus.ACTIVE);
    while (world.clock.secondsSince(completed) < GIVE_UP_SECONDS) {
      Optional<Employment> e = world.remoteCompany().employment(remoteId);
      if (e.map(x -> x.form(EmploymentForm.ADDRESS_DETAILS))
          .map(form -> form.toString().contains(line))
          .orElse(false)) {
        return world.clock.secondsSince(completed);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return world.clock.secondsSince(completed);
  }
}
