package dev.bobsync.sync.plan;

import dev.bobsync.remote.Employment;
import dev.bobsync.remote.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides, without any I/O, what a sync does for each person (rules R1-R8): given HiBob's snapshot,
 * what was read of Remote, what the store remembers and today's date.
 */
public final class Planner {
  private final Clock clock;
  private final UnaryOperator<String> fingerprint;
  private final UnaryOperator<String> legalEntityFor;
  private final UnaryOperator<String> noLegalEntityWhy;

  /**
   * {@code fingerprint} turns an SSN into the keyed digest the store keeps instead of it; {@code
   * legalEntityFor} gives the Remote legal entity engaging Global Payroll employees of a country.
   */
  public Planner(
      Clock clock, UnaryOperator<String> fingerprint, UnaryOperator<String> legalEntityFor) {
    this(clock, fingerprint, legalEntityFor, Messages::noLegalEntity);
  }

  /** {@code noLegalEntityWhy} says, for a country, why it has no legal entity and what to do. */
  public Planner(
      Clock clock,
      UnaryOperator<String> fingerprint,
      UnaryOperator<String> legalEntityFor,
      UnaryOperator<String> noLegalEntityWhy) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    this.legalEntityFor = Objects.requireNonNull(legalEntityFor, "legalEntityFor");
    this.noLegalEntityWhy = Objects.requireNonNull(noLegalEntityWhy, "noLegalEntityWhy");
  }

  /** R1: plans everyone with a "Sync to Remote" value, and linked people whose value is gone. */
  public Plan plan(Snapshot snapshot, RemoteView remote, Map<String, LinkState> links) {
    Context ctx = new Context(snapshot, remote, links, LocalDate.now(clock));
    List<PlanItem> items = new ArrayList<>();
    for (Person person : snapshot.people()) {
      LinkState link = links.get(person.hibobId());
      boolean linked = link != null && link.linked();
      boolean unknownValue = snapshot.unknownSyncValues().containsKey(person.hibobId());
      if (person.syncType() != null || linked || unknownValue) {
        items.add(planOne(person, ctx));
      }
    }
    return new Plan(items);
  }

  /** Plans one person again once a create found them already in Remote. */
  public PlanItem replanMatched(Person person, List<Employment> found, LinkState link) {
    Context ctx =
        new Context(
            new Snapshot(List.of(person), Map.of(), clock.instant()),
            RemoteView.complete(found),
            link == null ? Map.of() : Map.of(person.hibobId(), link),
            LocalDate.now(clock));
    return planOne(person, ctx);
  }

  private PlanItem planOne(Person person, Context ctx) {
    LinkState link = ctx.links.get(person.hibobId());
    String unknownValue = ctx.snapshot.unknownSyncValues().get(person.hibobId());
    if (unknownValue != null) {
      boolean linked = link != null && link.linked();
      return new PlanItem.Hold(
          person,
          linked ? link.remoteId() : null,
          linked ? link.remoteStatus() : null,
          Reason.UNKNOWN_SYNC_VALUE,
          Messages.unknownSyncValue(unknownValue));
    }
    Optional<String> badValue = FieldLimits.problems(person);
    if (badValue.isPresent()) {
      boolean linked = link != null && link.linked();
      return new PlanItem.Hold(
          person,
          linked ? link.remoteId() : null,
          linked ? link.remoteStatus() : null,
          Reason.INVALID_FIELD,
          "In HiBob, " + badValue.get() + ". Correct it in HiBob; nothing was sent to Remote.");
    }
    if (link != null && link.linked()) {
      return linked(
          person, link.remoteId(), ctx.remote.employment(link.remoteId()), link, false, ctx);
    }
    if (!person.active()) {
      return hold(person, Reason.LEFT_COMPANY, Messages.leftCompany(person));
    }
    List<String> shared = ctx.sharedEmails(person);
    if (!shared.isEmpty()) {
      return hold(person, Reason.EMAIL_CONFLICT, Messages.sharedInHibob(shared));
    }
    if (!ctx.remote.knowsMatchesOf(person)) {
      return create(person, link != null && link.createPending(), ctx);
    }
    List<Employment> matches = ctx.remote.matches(person);
    List<Employment> live =
        matches.stream().filter(e -> e.stage() != Stage.ARCHIVED).collect(Collectors.toList());
    if (live.size() > 1) {
      return hold(person, Reason.EMAIL_CONFLICT, Messages.severalProfiles(live));
    }
    if (live.size() == 1) {
      Employment match = live.get(0);
      String owner = ctx.ownerOf.get(match.id());
      if (owner != null && !owner.equals(person.hibobId())) {
        return hold(person, Reason.EMAIL_CONFLICT, Messages.linkedToSomeoneElse(match, owner));
      }
      if (ctx.claims.getOrDefault(match.id(), 0) > 1) {
        return hold(person, Reason.EMAIL_CONFLICT, Messages.claimedTwice(match));
      }
      return linked(person, match.id(), Optional.of(match), link, true, ctx);
    }
    if (!matches.isEmpty()) {
      return hold(person, Reason.ARCHIVED_PROFILE, Messages.archived(person));
    }
    return create(person, false, ctx);
  }

  private PlanItem create(Person person, boolean lookFirst, Context ctx) {
    Optional<PlanItem> invalid = Requirements.check(person, ctx.snapshot.hidden());
    if (invalid.isPresent()) {
      return invalid.get();
    }
    List<Field> unseen =
        Stream.of(Field.NAME, Field.PERSONAL_EMAIL).filter(f -> !person.sees(f)).toList();
    if (!unseen.isEmpty()) {
      return hold(person, Reason.HIBOB_FIELD_NOT_VISIBLE, Messages.hiddenForCreate(person, unseen));
    }
    if (person.syncType() != SyncType.GLOBAL_PAYROLL && !person.startDate().isAfter(ctx.today)) {
      return hold(person, Reason.START_DATE_NOT_IN_FUTURE, Messages.newHirePastStart(person));
    }
    String country = Countries.alpha3(person.address().country()).orElseThrow();
    String legalEntity = null;
    if (person.syncType() == SyncType.GLOBAL_PAYROLL) {
      legalEntity = legalEntityFor.apply(country);
      if (legalEntity == null) {
        return hold(person, Reason.NO_LEGAL_ENTITY, noLegalEntityWhy.apply(country));
      }
    }
    Profile profile = Profile.of(person, fingerprint);
    Set<Field> fields = FieldRules.forCreate(person.syncType(), country);
    fields.retainAll(profile.values().keySet());
    return new PlanItem.Create(person, profile, fields, country, legalEntity, lookFirst);
  }

  private PlanItem linked(
      Person person,
      String remoteId,
      Optional<Employment> read,
      LinkState link,
      boolean newLink,
      Context ctx) {
    String status = read.map(Employment::status).orElse(link == null ? null : link.remoteStatus());
    Stage stage = Stage.of(status);
    SyncType type = person.syncType();
    if (type == null) {
      return new PlanItem.Hold(
          person, remoteId, status, Reason.NOT_SELECTED, Messages.notSelected());
    }
    Optional<SyncType> remoteType = read.flatMap(e -> SyncType.fromRemoteType(e.type()));
    if (remoteType.isPresent() && remoteType.get() != type) {
      return new PlanItem.Hold(
          person,
          remoteId,
          status,
          Reason.TYPE_MISMATCH,
          Messages.typeMismatch(type, remoteType.get()));
    }
    if (!person.active()) {
      return new PlanItem.Hold(
          person, remoteId, status, Reason.LEFT_COMPANY, Messages.leftCompany(person));
    }
    switch (stage) {
      case ARCHIVED:
        return new PlanItem.Hold(
            person, remoteId, status, Reason.ARCHIVED_PROFILE, Messages.archived(person));
      case OFFBOARDING:
        return new PlanItem.Hold(
            person, remoteId, status, Reason.OFFBOARDING, Messages.offboarding());
      case ONBOARDING:
        return new PlanItem.Hold(
            person, remoteId, status, Reason.ONBOARDING_IN_PROGRESS, Messages.onboarding(status));
      case CREATED:
        if (type != SyncType.GLOBAL_PAYROLL
            && (person.startDate() == null || !person.startDate().isAfter(ctx.today))) {
          return new PlanItem.Hold(
              person,
              remoteId,
              status,
              Reason.START_DATE_NOT_IN_FUTURE,
              Messages.createdPastStart(person));
        }
        break;
      case ACTIVE:
        break;
    }
    String country =
        read.map(Employment::countryCode)
            .filter(c -> !c.isBlank())
            .or(
                () ->
                    Optional.ofNullable(person.address())
                        .flatMap(a -> Countries.alpha3(a.country())))
            .orElse(null);
    Profile desired = Profile.of(person, fingerprint);
    Profile written = link == null || newLink ? Profile.empty() : link.written();
    // Compare with Remote only what it sent: a listing carries no start date and no manager.
    Profile baseline =
        read.map(e -> written.with(Profile.of(e), Profile.carried(e))).orElse(written);
    boolean readFirst = newLink && read.isPresent() && !read.get().full();
    List<PlanItem.Note> notes = new ArrayList<>();
    Set<Field> needAmendment =
        desired.changedFrom(baseline, FieldRules.needingAmendment(stage, type));
    if (!needAmendment.isEmpty() && !readFirst) {
      notes.add(
          new PlanItem.Note(
              Reason.NEEDS_CONTRACT_AMENDMENT,
              Messages.needsAmendment(needAmendment, baseline, desired)));
    }
    Set<Field> byHand = desired.changedFrom(baseline, FieldRules.byHand(stage, type, country));
    if (!byHand.isEmpty() && !readFirst) {
      notes.add(
          new PlanItem.Note(
              Reason.CHANGE_IN_REMOTE, Messages.changeInRemote(byHand, type, status)));
    }
    Set<Field> syncable = FieldRules.forUpdate(stage, type, country);
    Set<Field> planned = EnumSet.copyOf(syncable);
    planned.addAll(FieldRules.byHand(stage, type, country));
    List<Field> leftAlone = planned.stream().filter(f -> !person.sees(f)).toList();
    if (!leftAlone.isEmpty()) {
      notes.add(
          new PlanItem.Note(Reason.HIBOB_FIELD_NOT_VISIBLE, Messages.leftAlone(person, leftAlone)));
    }
    Set<Field> changed = desired.changedFrom(baseline, syncable);
    if (changed.isEmpty()) {
      return new PlanItem.Unchanged(person, remoteId, status, baseline, newLink, notes, readFirst);
    }
    return new PlanItem.Update(
        person, remoteId, status, desired, baseline, changed, country, newLink, notes, readFirst);
  }

  private static PlanItem hold(Person person, Reason reason, String message) {
    return new PlanItem.Hold(person, null, null, reason, message);
  }

  /** What planning one person needs to know about everyone else. */
  private static final class Context {
    final Snapshot snapshot;
    final RemoteView remote;
    final Map<String, LinkState> links;
    final LocalDate today;
    final Map<String, String> ownerOf = new HashMap<>();
    final Map<String, Integer> claims = new HashMap<>();
    final Map<String, List<String>> selectedByEmail = new HashMap<>();

    Context(Snapshot snapshot, RemoteView remote, Map<String, LinkState> links, LocalDate today) {
      this.snapshot = snapshot;
      this.remote = remote;
      this.links = links;
      this.today = today;
      links.values().stream()
          .filter(LinkState::linked)
          .forEach(l -> ownerOf.put(l.remoteId(), l.hibobId()));
      for (Person p : snapshot.people()) {
        LinkState link = links.get(p.hibobId());
        if (p.syncType() == null || (link != null && link.linked())) {
          continue;
        }
        RemoteView.emailsOf(p)
            .forEach(
                e -> selectedByEmail.computeIfAbsent(e, k -> new ArrayList<>()).add(p.hibobId()));
        if (remote.knowsMatchesOf(p)) {
          remote.matches(p).stream()
              .filter(e -> e.stage() != Stage.ARCHIVED)
              .forEach(e -> claims.merge(e.id(), 1, Integer::sum));
        }
      }
    }

    List<String> sharedEmails(Person person) {
      return RemoteView.emailsOf(person).stream()
          .filter(e -> selectedByEmail.getOrDefault(e, List.of()).size() > 1)
          .collect(Collectors.toList());
    }
  }
}
