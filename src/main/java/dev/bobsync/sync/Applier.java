package dev.bobsync.sync;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiUnavailableException;
import dev.bobsync.remote.Employment;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.StoreException;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Planner;
import dev.bobsync.sync.plan.Profile;
import dev.bobsync.sync.plan.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a plan against Remote, one person at a time: a person's failure is recorded and the
 * next one goes on. Creates never duplicate: the intent is stored before the call, and after a lost
 * answer or an "e-mail taken" the person is looked up before anything else is tried.
 */
final class Applier {
  /** Lets a test stop the run between a create and its record, as a crash would. */
  interface CrashPoint {
    void afterCreate(Person person, Employment created);
  }

  private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

  private final RemoteClient remote;
  private final RemoteReader reader;
  private final RemoteDirectory directory;
  private final RemoteBodies bodies;
  private final Planner planner;
  private final Outcomes outcomes;
  private final CrashPoint crashPoint;
  private final boolean optimistic;

  Applier(
      RemoteClient remote,
      RemoteReader reader,
      RemoteDirectory directory,
      RemoteBodies bodies,
      Planner planner,
      Outcomes outcomes,
      CrashPoint crashPoint,
      boolean optimistic) {
    this.remote = remote;
    this.reader = reader;
    this.directory = directory;
    this.bodies = bodies;
    this.planner = planner;
    this.outcomes = outcomes;
    this.crashPoint = crashPoint;
    this.optimistic = optimistic;
  }

  /**
   * Carries out one person's plan. In an optimistic run (a targeted sync that did not read Remote)
   * an update Remote refuses is planned again once against the employment as Remote has it now.
   */
  PersonResult apply(PlanItem item, LinkState link) {
    return apply(item, link, optimistic);
  }

  private PersonResult apply(PlanItem item, LinkState link, boolean mayReplan) {
    try {
      if (item instanceof PlanItem.Create create) {
        return create(create, link);
      }
      if (item instanceof PlanItem.Update update) {
        return update(update, link, mayReplan);
      }
      if (item instanceof PlanItem.Unchanged same) {
        if (same.newLink()) {
          outcomes.audit("link_employment", same.person(), same.remoteId(), List.of(), null, null);
        }
        return outcomes.synced(
            same.person(),
            same.newLink() ? PersonResult.Action.LINKED : PersonResult.Action.NONE,
            same.remoteId(),
            same.remoteStatus(),
            same.written(),
            notesOf(same),
            same.newLink()
                ? "Linked to the Remote profile"
                : link == null ? null : link.lastChange(),
            List.of());
      }
      return outcomes.held((PlanItem.Hold) item, link);
    } catch (ApiException e) {
      // Failing anywhere near a create keeps its intent: the next run looks before creating.
      boolean keepIntent = item instanceof PlanItem.Create;
      return outcomes.failed(
          item.person(), link, reasonOf(e), ApplyMessages.remoteFailed(e), keepIntent);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.error(
          "syncing HiBob employee {} failed unexpectedly: {}",
          item.person().hibobId(),
          e.getClass().getSimpleName(),
          e);
      return outcomes.failed(
          item.person(),
          link,
          Reason.REMOTE_REJECTED,
          ApplyMessages.unexpected(e),
          item instanceof PlanItem.Create);
    }
  }

  private PersonResult create(PlanItem.Create c, LinkState link) {
    Person p = c.person();
    if (c.lookFirst()) {
      List<Employment> found = reader.lookUp(p);
      if (!found.isEmpty()) {
        return matched(p, found, link);
      }
    }
    outcomes.creating(p, link);
    References refs = References.resolve(p, c.fields(), c.legalEntityId(), directory);
    Set<Field> sent = refs.sendable(c.fields());
    Employment created = null;
    for (int attempt = 1; created == null; attempt++) {
      try {
        created = remote.create(bodies.create(p, sent, c.countryCode(), refs.ids()));
      } catch (ApiRejectedException e) {
        if (ApplyMessages.emailTaken(e)) {
          List<Employment> found = reader.lookUp(p);
          if (!found.isEmpty()) {
            return matched(p, found, link);
          }
          return outcomes.failed(
              p, null, Reason.EMAIL_CONFLICT, ApplyMessages.emailTakenUnseen(e), false);
        }
        return outcomes.failed(
            p, null, Reason.REMOTE_REJECTED, ApplyMessages.remoteFailed(e), false);
      } catch (ApiUnavailableException e) {
        // The create may have happened although no answer came: look before trying once more.
        List<Employment> found = e.mayHaveActed() ? reader.lookUp(p) : List.of();
        if (!found.isEmpty()) {
          return matched(p, found, link);
        }
        if (attempt == 2) {
          return outcomes.failed(
              p, null, Reason.REMOTE_UNAVAILABLE, ApplyMessages.remoteFailed(e), e.mayHaveActed());
        }
      }
    }
    crashPoint.afterCreate(p, created);
    outcomes.audit("create_employment", p, created.id(), sent, null, c.profile());
    return outcomes.synced(
        p,
        PersonResult.Action.CREATED,
        created.id(),
        created.status(),
        Profile.empty().with(c.profile(), sent),
        refs.notes(),
        "Created in Remote as " + p.syncType().remoteType(),
        sent);
  }

  private PersonResult update(PlanItem.Update u, LinkState link, boolean mayReplan) {
    Person p = u.person();
    References refs = References.resolve(p, u.fields(), null, directory);
    Set<Field> sent = refs.sendable(u.fields());
    List<PlanItem.Note> notes = new ArrayList<>(u.notes());
    notes.addAll(refs.notes());
    if (sent.isEmpty()) {
      PersonResult.Action action =
          u.newLink() ? PersonResult.Action.LINKED : PersonResult.Action.NONE;
      return outcomes.synced(
          p, action, u.remoteId(), u.remoteStatus(), u.written(), notes, null, List.of());
    }
    Employment updated;
    try {
      updated = remote.update(u.remoteId(), bodies.update(p, sent, u.countryCode(), refs.ids()));
    } catch (ApiException e) {
      if (mayReplan && e instanceof ApiRejectedException rejected && rejected.status() == 422) {
        // Planned on the status last seen; Remote may have moved on (onboarding began).
        PlanItem again = planner.replanMatched(p, List.of(remote.employment(u.remoteId())), link);
        return apply(again, link, false);
      }
      LinkState kept =
          new LinkState(
              p.hibobId(),
              u.remoteId(),
              u.remoteStatus(),
              u.written(),
              false,
              null,
              link == null ? null : link.lastChange());
      return outcomes.failed(p, kept, reasonOf(e), ApplyMessages.remoteFailed(e), false);
    }
    outcomes.audit(
        u.newLink() ? "link_and_update_employment" : "update_employment",
        p,
        u.remoteId(),
        sent,
        u.written(),
        u.profile());
    String change = "Updated " + String.join(", ", sent.stream().map(Field::label).toList());
    return outcomes.synced(
        p,
        PersonResult.Action.UPDATED,
        u.remoteId(),
        updated.status(),
        u.written().with(u.profile(), sent),
        notes,
        change,
        sent);
  }

  /** A create found the person already in Remote: plan them as matched and carry that out. */
  private PersonResult matched(Person p, List<Employment> found, LinkState link) {
    PlanItem again = planner.replanMatched(p, found, link);
    if (again instanceof PlanItem.Create) {
      return outcomes.failed(
          p, null, Reason.EMAIL_CONFLICT, ApplyMessages.emailTakenUnseen(null), false);
    }
    return apply(again, link, false);
  }

  /**
   * An unchanged person's notes, with the supervisor Remote does not know as a manager recomputed
   * on every run (not only when something is written), so a reason never depends on history.
   */
  private List<PlanItem.Note> notesOf(PlanItem.Unchanged same) {
    Person p = same.person();
    if (p.managerEmail() == null
        || !p.sees(Field.MANAGER)
        || same.written().get(Field.MANAGER).isPresent()
        || directory.managerId(p.managerEmail()).isPresent()) {
      return same.notes();
    }
    List<PlanItem.Note> notes = new ArrayList<>(same.notes());
    notes.add(new PlanItem.Note(Reason.MANAGER_NOT_IN_REMOTE, ApplyMessages.managerNotInRemote(p)));
    return notes;
  }

  private static Reason reasonOf(ApiException e) {
    return e instanceof ApiUnavailableException
        ? Reason.REMOTE_UNAVAILABLE
        : Reason.REMOTE_REJECTED;
  }

  /** Manager, department and legal entity resolved to Remote ids, and what could not be. */
  private record References(
      RemoteBodies.Refs ids, Set<Field> unsendable, List<PlanItem.Note> notes) {
    static References resolve(
        Person p, Set<Field> fields, String legalEntity, RemoteDirectory dir) {
      Set<Field> unsendable = EnumSet.noneOf(Field.class);
      List<PlanItem.Note> notes = new ArrayList<>();
      String managerId = null;
      if (fields.contains(Field.MANAGER) && p.managerEmail() != null) {
        managerId = dir.managerId(p.managerEmail()).orElse(null);
        if (managerId == null) {
          unsendable.add(Field.MANAGER);
          notes.add(
              new PlanItem.Note(Reason.MANAGER_NOT_IN_REMOTE, ApplyMessages.managerNotInRemote(p)));
        }
      }
      String departmentId = null;
      if (fields.contains(Field.DEPARTMENT) && p.department() != null) {
        departmentId = dir.departmentId(p.department()).orElse(null);
        if (departmentId == null) {
          unsendable.add(Field.DEPARTMENT);
          notes.add(
              new PlanItem.Note(Reason.REMOTE_REJECTED, ApplyMessages.departmentNotCreated(p)));
        }
      }
      return new References(
          new RemoteBodies.Refs(managerId, departmentId, legalEntity), unsendable, notes);
    }

    Set<Field> sendable(Set<Field> fields) {
      Set<Field> sent = EnumSet.noneOf(Field.class);
      sent.addAll(fields);
      sent.removeAll(unsendable);
      return sent;
    }
  }
}
