package dev.bobsync.sync.timeoff;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.remote.Employment;
import dev.bobsync.remote.EmploymentPage;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.sync.plan.SyncType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who gets time off: the employee sync's records (R1, R2), and for the people with something to
 * book, their Remote employment as it is now (status, type, country).
 */
final class PeopleView {
  /** Above this many people, one listing of active employments is cheaper than reads by id. */
  private static final int READ_ONE_BY_ONE = 5;

  private PeopleView() {}

  /** Everyone the employee sync has a record of, by HiBob id. */
  static Map<String, TimeOffPerson> fromStore(List<PersonRecord> records) {
    Map<String, TimeOffPerson> people = new HashMap<>();
    for (PersonRecord r : records) {
      String sync =
          r.status() == null
              ? null
              : r.status() + (r.reasonCode() == null ? "" : ", " + r.reasonCode());
      people.put(
          r.hibobId(),
          new TimeOffPerson(
              r.hibobId(),
              r.displayName(),
              SyncType.fromRemoteType(r.syncType()).orElse(null),
              r.remoteId(),
              r.remoteStatus(),
              null,
              null,
              sync,
              null));
    }
    return people;
  }

  /** {@code people} with the Remote employments of {@code hibobIds} read now. */
  static Map<String, TimeOffPerson> withRemote(
      Map<String, TimeOffPerson> people, Collection<String> hibobIds, RemoteClient remote) {
    Map<String, TimeOffPerson> result = new HashMap<>(people);
    Map<String, Employment> active = new HashMap<>();
    if (hibobIds.size() > READ_ONE_BY_ONE) {
      try {
        active = activeEmployments(remote);
      } catch (ApiException e) {
        String problem = TimeOffMessages.remoteFailed(e);
        hibobIds.forEach(id -> result.computeIfPresent(id, (k, p) -> p.withRemoteProblem(problem)));
        return result;
      }
    }
    for (String id : hibobIds) {
      TimeOffPerson p = result.get(id);
      if (p == null || p.remoteId() == null) {
        continue;
      }
      Employment e = active.get(p.remoteId());
      result.put(id, e != null ? fresh(p, e) : readOne(p, remote));
    }
    return result;
  }

  private static TimeOffPerson readOne(TimeOffPerson p, RemoteClient remote) {
    try {
      return fresh(p, remote.employment(p.remoteId()));
    } catch (ApiRejectedException e) {
      if (e.status() == 404) {
        return p.withRemote("deleted", null, null);
      }
      return p.withRemoteProblem(TimeOffMessages.remoteFailed(e));
    } catch (ApiException e) {
      return p.withRemoteProblem(TimeOffMessages.remoteFailed(e));
    }
  }

  private static TimeOffPerson fresh(TimeOffPerson p, Employment e) {
    return p.withRemote(e.status(), e.type(), e.countryCode());
  }

  private static Map<String, Employment> activeEmployments(RemoteClient remote) {
    Map<String, Employment> active = new HashMap<>();
    for (int page = 1; ; page++) {
      EmploymentPage answer = remote.employments(page, "active");
      answer.employments().forEach(e -> active.put(e.id(), e));
      if (answer.last() || answer.employments().isEmpty()) {
        return active;
      }
    }
  }
}
