package dev.bobsync.sync;

import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.remote.Emails;
import dev.bobsync.remote.Employment;
import dev.bobsync.remote.EmploymentPage;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.RemoteView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Makes the reads {@link RemoteReads} decided and returns what they showed. */
final class RemoteReader {
  private final RemoteClient remote;
  private int total = -1;
  private final Set<String> gone = new HashSet<>();

  RemoteReader(RemoteClient remote) {
    this.remote = remote;
  }

  /** How many employments Remote has, when a listing said so in this run, else -1. */
  int total() {
    return total;
  }

  /** Linked employments that Remote no longer knows (404). */
  Set<String> gone() {
    return gone;
  }

  RemoteView read(RemoteReads reads) {
    if (reads.full()) {
      return RemoteView.complete(listAll(null));
    }
    Map<String, Employment> found = new LinkedHashMap<>();
    Set<String> byId = new HashSet<>(reads.byId());
    reads
        .byStatus()
        .forEach(
            (status, ids) -> {
              List<Employment> inStatus = listAll(status);
              inStatus.forEach(e -> found.put(e.id(), e));
              ids.stream().filter(id -> !found.containsKey(id)).forEach(byId::add);
            });
    for (String id : byId) {
      try {
        Employment e = remote.employment(id);
        found.put(e.id(), e);
      } catch (ApiRejectedException e) {
        if (e.status() != 404) {
          throw e;
        }
        gone.add(id);
      }
    }
    for (String email : reads.emails()) {
      remote.employmentsByEmail(email).forEach(e -> found.put(e.id(), e));
    }
    Set<String> searched = new HashSet<>();
    reads.emails().stream().map(Emails::normalize).forEach(searched::add);
    return RemoteView.partial(found.values(), searched);
  }

  /** Every employment, or every one in {@code status}, page by page. */
  List<Employment> listAll(String status) {
    List<Employment> all = new ArrayList<>();
    for (int page = 1; ; page++) {
      EmploymentPage p = remote.employments(page, status);
      all.addAll(p.employments());
      if (status == null) {
        total = p.totalCount();
      }
      if (p.last() || p.employments().isEmpty()) {
        return all;
      }
    }
  }

  /** Looks a person up by each of their e-mails (Remote matches on the login e-mail). */
  List<Employment> lookUp(Person person) {
    Map<String, Employment> found = new LinkedHashMap<>();
    for (String email : RemoteView.emailsOf(person)) {
      remote.employmentsByEmail(email).forEach(e -> found.put(e.id(), e));
    }
    return new ArrayList<>(found.values());
  }
}
