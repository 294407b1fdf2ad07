package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.hibob.TimeOffChange.Audience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Every time-off request that still exists, and the change feed. Immutable; {@link #edit()} gives a
 * working copy whose operations say which webhooks they cause.
 */
final class TimeOffBook {
  /** What an operation did: the request it concerns and the webhooks it causes. */
  record Outcome(TimeOffRequest request, List<CompanyEvent> events) {}

  private final Map<Long, TimeOffRequest> requests;
  private final List<TimeOffChange> changes;
  private final long nextRequestId;

  private TimeOffBook(Map<Long, TimeOffRequest> requests, List<TimeOffChange> changes, long next) {
    this.requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
    this.changes = List.copyOf(changes);
    this.nextRequestId = next;
  }

  static TimeOffBook empty() {
    return new TimeOffBook(Map.of(), List.of(), 1);
  }

  Optional<TimeOffRequest> request(long requestId) {
    return Optional.ofNullable(requests.get(requestId));
  }

  Collection<TimeOffRequest> requests() {
    return requests.values();
  }

  /** Feed entries with {@code since <= at < to} that a reader with this flag sees, oldest first. */
  List<TimeOffChange> changes(Instant since, Instant to, boolean includePending) {
    return changes.stream()
        .filter(c -> !c.at().isBefore(since) && c.at().isBefore(to))
        .filter(c -> c.audience().shownTo(includePending))
        .sorted(Comparator.comparing(TimeOffChange::at))
        .toList();
  }

  int changeCount() {
    return changes.size();
  }

  Editor edit() {
    return new Editor(this);
  }

  /** A working copy of the book; {@link #build()} freezes it again. */
  static final class Editor {
    private final Map<Long, TimeOffRequest> requests;
    private final List<TimeOffChange> changes;
    private long nextRequestId;

    private Editor(TimeOffBook from) {
      this.requests = new LinkedHashMap<>(from.requests);
      this.changes = new ArrayList<>(from.changes);
      this.nextRequestId = from.nextRequestId;
    }

    TimeOffBook build() {
      return new TimeOffBook(requests, changes, nextRequestId);
    }

    /** Files a request under the next id, or under {@code requestId} when it is positive. */
    Outcome create(TimeOffDraft draft, long requestId, Instant createdOn, Long previousId) {
      return create(draft, requestId, createdOn, previousId, null);
    }

    /** The same, for a request that ends a chain of edits begun by {@code originalId}. */
    Outcome create(
        TimeOffDraft draft, long requestId, Instant createdOn, Long previousId, Long originalId) {
      long id = requestId > 0 ? requestId : nextRequestId;
      if (requests.containsKey(id)) {
        throw new IllegalArgumentException("time-off request " + id + " exists already");
      }
      TimeOffRequest request = TimeOffRequest.of(id, draft, createdOn, previousId, originalId);
      boolean approved = request.status().equals("approved");
      changes.add(
          new TimeOffChange(
              "Created",
              request,
              null,
              createdOn,
              approved ? Audience.EVERYONE : Audience.WITH_PENDING));
      List<CompanyEvent> events = new ArrayList<>();
      events.add(CompanyEvent.timeOff("timeoff.request.requested", request));
      switch (request.status()) {
        case "approved" -> events.add(CompanyEvent.timeOff("timeoff.request.approved", request));
        case "declined" -> events.add(CompanyEvent.timeOff("timeoff.request.declined", request));
        case "canceled" -> {
          changes.add(new TimeOffChange("Canceled", request, null, createdOn, Audience.EVERYONE));
          events.add(CompanyEvent.timeOff("timeoff.request.cancelled", request));
        }
        default -> {}
      }
      requests.put(id, request);
      nextRequestId = Math.max(nextRequestId, id + 1);
      return new Outcome(request, events);
    }

    /**
     * Approves, declines or cancels a request. HiBob's feed has no "Approved" entry: an approval
     * shows as "Created" to readers without {@code includePending}, who never saw it pending.
     */
    Outcome setStatus(long requestId, String status, Instant at) {
      TimeOffRequest current = existing(requestId);
      if (current.status().equals(status)) {
        return new Outcome(current, List.of());
      }
      if (!TimeOffDraft.STATUSES.contains(status) || status.equals("pending")) {
        throw new IllegalArgumentException(
            "status must be approved, declined or canceled, not " + status);
      }
      requireOpen(current);
      if (status.equals("declined") && !current.status().equals("pending")) {
        throw new IllegalStateException("only a pending request can be declined");
      }
      TimeOffRequest updated = current.withStatus(status);
      requests.put(requestId, updated);
      CompanyEvent event =
          switch (status) {
            case "approved" -> {
              changes.add(
                  new TimeOffChange("Created", updated, null, at, Audience.WITHOUT_PENDING));
              yield CompanyEvent.timeOff("timeoff.request.approved", updated);
            }
            case "canceled" -> {
              changes.add(new TimeOffChange("Canceled", updated, null, at, Audience.EVERYONE));
              yield CompanyEvent.timeOff("timeoff.request.cancelled", updated);
            }
            default -> CompanyEvent.timeOff("timeoff.request.declined", updated);
          };
      return new Outcome(updated, List.of(event));
    }

    /**
     * Changes a request's dates as HiBob does: the old request is canceled and a new one, with a
     * new id, {@code previousRequestId} (the one replaced) and {@code originalRequestId} (the first
     * of the chain of edits), takes its place with the same status.
     */
    Outcome changeDates(long requestId, TimeOffDraft newDates, Instant at) {
      TimeOffRequest old = existing(requestId);
      requireOpen(old);
      TimeOffRequest canceled = old.withStatus("canceled");
      long newId = nextRequestId;
      requests.put(requestId, canceled);
      changes.add(
          new TimeOffChange(
              "Canceled", canceled, "Replaced by request " + newId, at, Audience.EVERYONE));
      long original = old.originalRequestId() != null ? old.originalRequestId() : old.requestId();
      Outcome created = create(newDates.withStatus(old.status()), newId, at, requestId, original);
      List<CompanyEvent> events = new ArrayList<>();
      events.add(CompanyEvent.timeOff("timeoff.request.cancelled", canceled));
      events.addAll(created.events());
      return new Outcome(created.request(), events);
    }

    /** Deletes a request: it leaves a "Deleted" feed entry and its details answer 404. */
    Outcome delete(long requestId, Instant at) {
      TimeOffRequest gone = existing(requestId);
      requests.remove(requestId);
      changes.add(new TimeOffChange("Deleted", gone, null, at, Audience.EVERYONE));
      return new Outcome(gone, List.of(CompanyEvent.timeOff("timeoff.request.deleted", gone)));
    }

    private TimeOffRequest existing(long requestId) {
      TimeOffRequest r = requests.get(requestId);
      if (r == null) {
        throw new NoSuchElementException("no time-off request " + requestId);
      }
      return r;
    }

    private static void requireOpen(TimeOffRequest r) {
      if (r.status().equals("declined") || r.status().equals("canceled")) {
        throw new IllegalStateException(
            "time-off request " + r.requestId() + " is " + r.status() + " already");
      }
    }
  }
}
