package dev.bobsync.sync.plan;

import dev.bobsync.remote.Emails;
import dev.bobsync.remote.Employment;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Remote employments a run read: all of them (a full listing), or only some (those not yet
 * active, and the answers to e-mail lookups).
 */
public final class RemoteView {
  private final Map<String, Employment> byId = new HashMap<>();
  private final Map<String, Set<Employment>> byEmail = new HashMap<>();
  private final Map<String, Employment> byExternalId = new HashMap<>();
  private final boolean complete;
  private final Set<String> searchedEmails;

  private RemoteView(Collection<Employment> employments, boolean complete, Set<String> searched) {
    this.complete = complete;
    this.searchedEmails = Set.copyOf(searched);
    for (Employment e : employments) {
      byId.put(e.id(), e);
      e.emails().forEach(m -> byEmail.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(e));
      if (e.externalId() != null && !e.externalId().isBlank()) {
        byExternalId.put(e.externalId(), e);
      }
    }
  }

  /** Every employment of the company. */
  public static RemoteView complete(Collection<Employment> employments) {
    return new RemoteView(employments, true, Set.of());
  }

  /** Some employments, plus the e-mails that were looked up (found or not). */
  public static RemoteView partial(Collection<Employment> employments, Set<String> searched) {
    return new RemoteView(employments, false, searched);
  }

  public boolean isComplete() {
    return complete;
  }

  public Optional<Employment> employment(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<Employment> all() {
    return byId.values();
  }

  /** Whether this view can say who in Remote matches the person (rule R2). */
  public boolean knowsMatchesOf(Person person) {
    return complete || searchedEmails.containsAll(emailsOf(person));
  }

  /** Employments whose external id is the person's HiBob id or that share one of their e-mails. */
  public List<Employment> matches(Person person) {
    Set<Employment> found = new LinkedHashSet<>();
    Optional.ofNullable(byExternalId.get(person.hibobId())).ifPresent(found::add);
    for (String email : emailsOf(person)) {
      found.addAll(byEmail.getOrDefault(email, Set.of()));
    }
    return List.copyOf(found);
  }

  /** The person's work and private e-mails, normalized, as matching compares them. */
  public static Set<String> emailsOf(Person person) {
    Set<String> emails = new LinkedHashSet<>();
    Stream.of(person.workEmail(), person.privateEmail())
        .map(Emails::normalize)
        .filter(e -> !e.isEmpty())
        .forEach(emails::add);
    return emails;
  }
}
