package dev.bobsync.sync.timeoff;

import dev.bobsync.hibob.TimeOffChange;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.Integration;
import dev.bobsync.store.Store;
import dev.bobsync.store.TimeOffLedger;
import dev.bobsync.store.TimeOffRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The reading half of one time-off run: what changed in HiBob's feed, what the store remembers, the
 * details and people needed to decide, then the plan. A targeted run (a time-off webhook) looks at
 * the requests of its people alone and leaves the watermark where it is, so the next full run still
 * reads everyone else's changes.
 */
final class TimeOffRun {
  private static final Set<String> LIVE =
      Set.of(
          HibobState.APPROVED.code(),
          HibobState.PENDING.code(),
          HibobState.UNKNOWN.code(),
          HibobState.NOT_FOUND.code());

  private final Store store;
  private final Integration integration;
  private final TimeOffSettings settings;
  private final TimeOffReader reader;
  private final RemoteClient remote;
  private final Clock clock;
  private final Set<String> people;

  TimeOffRun(
      Store store,
      Integration integration,
      TimeOffSettings settings,
      TimeOffReader reader,
      RemoteClient remote,
      Clock clock,
      Set<String> people) {
    this.store = store;
    this.integration = integration;
    this.settings = settings;
    this.reader = reader;
    this.remote = remote;
    this.clock = clock;
    this.people = Set.copyOf(people);
  }

  /** Whether this run looks at the requests of this HiBob employee. */
  private boolean mine(String employeeId) {
    return people.isEmpty() || (employeeId != null && people.contains(employeeId));
  }

  /** Plans and hands each action to {@code each} without changing anything; returns warnings. */
  List<String> plan(BiConsumer<TimeOffAction, TimeOffRecord> each) {
    Planned p = gather();
    p.actions().forEach(a -> each.accept(a, p.rows().get(a.request().requestId())));
    return p.warnings();
  }

  /** Plans, applies every action, and moves the watermark on; returns warnings. */
  List<String> apply(Booker booker, String runId) {
    Planned p = gather();
    int total = p.actions().size();
    store.runs().progress(runId, 0, total);
    int done = 0;
    for (TimeOffAction a : p.actions()) {
      booker.apply(a, p.rows().get(a.request().requestId()));
      if (++done % 25 == 0 || done == total) {
        store.runs().progress(runId, done, total);
      }
    }
    if (people.isEmpty()) {
      store.timeOff().setWatermark(integration.id(), p.window().to());
    }
    return p.warnings();
  }

  private record Planned(
      FeedWindow window,
      List<TimeOffAction> actions,
      Map<String, TimeOffRecord> rows,
      List<String> warnings) {}

  private Planned gather() {
    TimeOffLedger ledger = store.timeOff();
    String id = integration.id();
    FeedWindow window = FeedWindow.of(ledger.watermark(id), clock.instant());
    TimeOffPlanner planner = new TimeOffPlanner(settings, clock);
    TimeOffReader.Feed feed = reader.latestChanges(window);
    Map<String, TimeOffChange> changes = new LinkedHashMap<>(feed.latest());
    changes.values().removeIf(c -> !mine(c.employeeId()));

    Map<String, TimeOffRecord> rows = new LinkedHashMap<>();
    ledger.find(id, changes.keySet()).forEach(r -> rows.put(r.requestId(), r));
    ledger.toRevisit(id, planner.lookBackFrom()).stream()
        .filter(r -> mine(r.employeeId()))
        .forEach(r -> rows.putIfAbsent(r.requestId(), r));
    if (window.gap()) {
      ledger.withHibobStatus(id, LIVE).stream()
          .filter(r -> mine(r.employeeId()))
          .forEach(r -> rows.putIfAbsent(r.requestId(), r));
    }
    Map<String, TimeOffRequest> requests = new LinkedHashMap<>();
    rows.values().forEach(r -> requests.put(r.requestId(), LedgerRows.request(r)));
    for (TimeOffChange c : changes.values()) {
      TimeOffRequest known = requests.get(c.requestId());
      if (known == null) {
        requests.put(c.requestId(), TimeOffRequest.of(c).withState(feed.stateOf(c)));
      } else if (newer(c, known)) {
        requests.put(c.requestId(), known.with(c).withState(feed.stateOf(c)));
      }
    }
    // A replaced request is looked at with its replacement, so it can be cancelled.
    Set<String> replaced =
        requests.values().stream()
            .flatMap(r -> r.replaces().stream())
            .filter(r -> !requests.containsKey(r))
            .collect(Collectors.toSet());
    ledger
        .find(id, replaced)
        .forEach(
            r -> {
              rows.put(r.requestId(), r);
              requests.put(r.requestId(), LedgerRows.request(r));
            });

    Map<String, Booking> bookings = new HashMap<>();
    rows.forEach((requestId, r) -> bookings.put(requestId, LedgerRows.booking(r)));
    Map<String, TimeOffPerson> people = PeopleView.fromStore(store.people().all(id));
    int rechecked = 0;
    for (TimeOffRequest r : List.copyOf(requests.values())) {
      Booking b = bookings.getOrDefault(r.requestId(), Booking.NONE);
      TimeOffPerson p = people.get(r.employeeId());
      boolean recheck = window.gap() && planner.needsRecheck(r, b, p);
      if (planner.needsDetails(r, b, p) || recheck) {
        requests.put(r.requestId(), reader.read(r));
        rechecked += recheck ? 1 : 0;
      }
    }
    Map<String, TimeOffPerson> known = people;
    Set<String> toBook =
        requests.values().stream()
            .filter(
                r ->
                    planner.needsRemote(
                        r,
                        bookings.getOrDefault(r.requestId(), Booking.NONE),
                        known.get(r.employeeId())))
            .map(TimeOffRequest::employeeId)
            .collect(Collectors.toSet());
    if (!toBook.isEmpty()) {
      people = PeopleView.withRemote(people, toBook, remote);
    }
    List<TimeOffAction> actions = planner.plan(requests.values(), bookings, people);
    List<String> warnings = new ArrayList<>(feed.skipped());
    warnings.addAll(warnings(window, planner.lookBackFrom(), rechecked, actions));
    return new Planned(window, actions, rows, warnings);
  }

  /**
   * Whether a feed entry is news for a request already known: always when HiBob gave no {@code
   * createdOn} (the feed covers only what changed since the last run), else when it is later.
   */
  private static boolean newer(TimeOffChange c, TimeOffRequest known) {
    return known.changedAt() == null
        || c.createdOn() == null
        || c.createdOn().isAfter(known.changedAt());
  }

  private List<String> warnings(
      FeedWindow window, LocalDate from, int rechecked, List<TimeOffAction> actions) {
    List<String> warnings = new ArrayList<>();
    if (window.firstRun() && from.isBefore(window.reachDay())) {
      warnings.add(
          "First time-off sync: HiBob's change feed reaches back six months only, to "
              + window.reachDay()
              + ". Time off from "
              + from
              + " on that was requested and approved before then is not seen: book it in"
              + " Remote by hand.");
    }
    if (window.gap()) {
      warnings.add(
          "The last time-off sync read HiBob's change feed up to "
              + window.watermark()
              + ", more than six months ago, and HiBob's feed reaches back to "
              + window.reachDay()
              + " only. bobsync re-read the details of the "
              + rechecked
              + " requests it already knew instead; requests filed in the gap and not changed"
              + " since are not seen.");
    }
    List<String> unmapped =
        actions.stream()
            .filter(
                a ->
                    a instanceof TimeOffAction.Hold h
                        && h.reason() == TimeOffReason.UNMAPPED_POLICY_TYPE)
            .map(a -> a.request().policyType())
            .distinct()
            .sorted()
            .toList();
    if (!unmapped.isEmpty()) {
      warnings.add(
          "HiBob policy types without a Remote time-off type: "
              + String.join(", ", unmapped)
              + ". Their approved requests fail until they are mapped (bobsync timeoff "
              + integration.name()
              + " --map-type \"TYPE=REMOTE_TYPE\").");
    }
    return warnings;
  }
}
