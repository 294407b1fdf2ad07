package dev.bobsync.sync;

import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiRejectedException;
import dev.bobsync.http.ApiUnavailableException;
import dev.bobsync.remote.Employment;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.store.StoreException;
import dev.bobsync.sync.forms.Forms;
import dev.bobsync.sync.forms.PreparedForms;
import dev.bobsync.sync.forms.RemoteForm;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Messages;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Planner;
import dev.bobsync.sync.plan.Profile;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.plan.SyncType;
import dev.bobsync.words.EmploymentTypes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a plan against Remote, one person at a time: a person's failure is recorded and the
 * next one goes on. A new hire is created with basic information only, recorded at once, then sent
 * the rest in one update; a crash between any two of those steps is finished by the next run.
 * Creates never duplicate: the intent is stored before the call, and after a lost answer or an
 * "e-mail taken" the person is looked up before anything else is tried.
 */
final class Applier {
  /** Lets a test stop the run between two steps, as a crash would. */
  interface CrashPoint {
    /** The create answered; nothing recorded yet. */
    void afterCreate(Person person, Employment created);

    /** The create is recorded; its forms are not sent yet. */
    default void beforeForms(Person person) {}

    /** The forms were sent; their outcome is not recorded yet. */
    default void afterForms(Person person) {}
  }

  private static final Logger LOG = LoggerFactory.getLogger(Applier.class);

  private final RemoteClient remote;
  private final RemoteReader reader;
  private final RemoteDirectory directory;
  private final RemoteBodies bodies;
  private final Forms forms;
  private final Planner planner;
  private final Outcomes outcomes;
  private final CrashPoint crashPoint;
  private final boolean optimistic;

  Applier(
      RemoteClient remote,
      RemoteReader reader,
      RemoteDirectory directory,
      RemoteBodies bodies,
      Forms forms,
      Planner planner,
      Outcomes outcomes,
      CrashPoint crashPoint,
      boolean optimistic) {
    this.remote = remote;
    this.reader = reader;
    this.directory = directory;
    this.bodies = bodies;
    this.forms = forms;
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
      if (readFirst(item)) {
        // A new match seen only in a listing: its start date and manager are unknown until read.
        Employment full = remote.employment(((PlanItem.Update) item).remoteId());
        return apply(planner.replanMatched(item.person(), List.of(full), link), link, false);
      }
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

  /** Only an update needs the full read: an unchanged new match has nothing to send anyway. */
  private static boolean readFirst(PlanItem item) {
    return item instanceof PlanItem.Update u && u.readFirst();
  }

  private PersonResult create(PlanItem.Create c, LinkState link) {
    Person p = c.person();
    if (c.lookFirst()) {
      List<Employment> found = reader.lookUp(p);
      if (!found.isEmpty()) {
        return matched(p, found, link);
      }
    }
    References refs = References.resolve(p, c.fields(), c.legalEntityId(), directory);
    Set<Field> wanted = refs.sendable(c.fields());
    PreparedForms basic =
        forms.prepare(
            p,
            c.countryCode(),
            EnumSet.allOf(Field.class),
            EnumSet.of(RemoteForm.BASIC_INFORMATION),
            refs.ids().managerId(),
            refs.ids().departmentId());
    if (!basic.problems().isEmpty()) {
      PreparedForms.Problem problem = basic.problems().get(0);
      Reason reason =
          problem.missing().isEmpty() ? Reason.INVALID_FIELD : Reason.MISSING_REQUIRED_FIELD;
      return outcomes.held(
          new PlanItem.Hold(p, null, null, reason, FormMessages.notCreated(problem)), link);
    }
    var block = basic.blocks().get(RemoteForm.BASIC_INFORMATION);
    Set<Field> inBasic = EnumSet.copyOf(RemoteForm.BASIC_INFORMATION.fields());
    if (block.has("work_email")) {
      inBasic.add(Field.WORK_EMAIL);
    }
    if (block.has("manager")) {
      inBasic.add(Field.MANAGER);
    }
    if (block.has("department")) {
      inBasic.add(Field.DEPARTMENT);
    }
    inBasic.retainAll(wanted);
    outcomes.creating(p, link);
    Employment created = null;
    for (int attempt = 1; created == null; attempt++) {
      try {
        created = remote.create(bodies.create(p, c.countryCode(), c.legalEntityId(), block));
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
            p, null, Reason.REMOTE_REJECTED, ApplyMessages.createRefused(e), false);
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
    outcomes.audit("create_employment", p, created.id(), inBasic, null, c.profile());
    String change = "Created in Remote as " + EmploymentTypes.name(p.syncType().remoteType());
    Profile written = Profile.empty().with(c.profile(), inBasic);
    List<PlanItem.Note> notes = new ArrayList<>(refs.notes());
    // Recorded (and linked) at once: whatever happens next, the next run finishes this person.
    PersonResult result =
        outcomes.synced(
            p,
            PersonResult.Action.CREATED,
            created.id(),
            created.status(),
            written,
            notes,
            change,
            inBasic);
    Set<Field> rest = EnumSet.copyOf(wanted);
    rest.removeAll(inBasic);
    if (rest.isEmpty()) {
      return result;
    }
    if (p.syncType() == SyncType.CONTRACTOR) {
      // Remote's API takes no update of a contractor: the rest is entered in Remote by hand.
      notes.add(
          new PlanItem.Note(
              Reason.CHANGE_IN_REMOTE,
              Messages.changeInRemote(rest, p.syncType(), created.status())));
      return outcomes.synced(
          p,
          PersonResult.Action.CREATED,
          created.id(),
          created.status(),
          written,
          notes,
          change,
          inBasic);
    }
    crashPoint.beforeForms(p);
    LinkState now =
        new LinkState(p.hibobId(), created.id(), created.status(), written, false, null, change);
    try {
      return send(
          p,
          now,
          c.countryCode(),
          rest,
          c.profile(),
          notes,
          refs,
          PersonResult.Action.CREATED,
          change,
          "update_employment");
    } catch (ApiException e) {
      // Created and linked; the forms wait for the next run, which sends them.
      return outcomes.failed(p, now, reasonOf(e), ApplyMessages.remoteFailed(e), false);
    }
  }

  private PersonResult update(PlanItem.Update u, LinkState link, boolean mayReplan) {
    Person p = u.person();
    References refs = References.resolve(p, u.fields(), null, directory);
    Set<Field> wanted = refs.sendable(u.fields());
    List<PlanItem.Note> notes = new ArrayList<>(u.notes());
    notes.addAll(refs.notes());
    String change = "Updated " + String.join(", ", wanted.stream().map(Field::label).toList());
    LinkState now =
        new LinkState(
            p.hibobId(),
            u.remoteId(),
            u.remoteStatus(),
            u.written(),
            false,
            null,
            link == null ? null : link.lastChange());
    try {
      PersonResult.Action action =
          u.newLink() ? PersonResult.Action.LINKED : PersonResult.Action.UPDATED;
      return send(
          p,
          now,
          u.countryCode(),
          wanted,
          u.profile(),
          notes,
          refs,
          action,
          change,
          u.newLink() ? "link_and_update_employment" : "update_employment");
    } catch (ApiRejectedException e) {
      if (mayReplan && e.status() == 422) {
        // Planned on the status last seen; Remote may have moved on (onboarding began).
        PlanItem again = planner.replanMatched(p, List.of(remote.employment(u.remoteId())), link);
        return apply(again, link, false);
      }
      return outcomes.failed(p, now, reasonOf(e), ApplyMessages.remoteFailed(e), false);
    } catch (ApiUnavailableException e) {
      return outcomes.failed(p, now, reasonOf(e), ApplyMessages.remoteFailed(e), false);
    }
  }

  /**
   * Sends {@code fields} in one update of every form that fits its country schema (forms that
   * cannot be filled validly are left out and explained). If Remote refuses it, the parts are sent
   * one by one, so that only the one at fault stays out. Throws only when nothing at all could be
   * sent for a reason other than Remote refusing a part.
   */
  private PersonResult send(
      Person p,
      LinkState link,
      String country,
      Set<Field> fields,
      Profile desired,
      List<PlanItem.Note> notes,
      References refs,
      PersonResult.Action action,
      String change,
      String auditAction) {
    PreparedForms prepared =
        forms.prepare(p, country, fields, EnumSet.allOf(RemoteForm.class), null, null);
    prepared.problems().forEach(problem -> notes.add(FormMessages.notSent(problem)));
    List<RemoteBodies.Part> parts = bodies.parts(p, prepared, fields, refs.ids());
    Profile written = link.written();
    String status = link.remoteStatus();
    if (parts.isEmpty()) {
      PersonResult.Action none =
          action == PersonResult.Action.UPDATED ? PersonResult.Action.NONE : action;
      return outcomes.synced(
          p, none, link.remoteId(), status, written, notes, link.lastChange(), List.of());
    }
    Set<Field> sent = EnumSet.noneOf(Field.class);
    List<PlanItem.Note> refused = new ArrayList<>();
    try {
      status = remote.update(link.remoteId(), bodies.body(parts)).status();
      parts.forEach(part -> sent.addAll(part.fields()));
    } catch (ApiRejectedException e) {
      boolean finishingCreate = action == PersonResult.Action.CREATED;
      if (!finishingCreate && (e.status() != 422 || parts.size() == 1)) {
        throw e;
      }
      if (parts.size() == 1 || e.status() != 422) {
        refuse(p, country, parts.get(0), e, refused, parts.size() == 1);
      } else {
        for (RemoteBodies.Part part : parts) {
          try {
            status = remote.update(link.remoteId(), bodies.body(List.of(part))).status();
            sent.addAll(part.fields());
          } catch (ApiRejectedException partRefused) {
            refuse(p, country, part, partRefused, refused, true);
          }
        }
      }
    }
    crashPoint.afterForms(p);
    Profile after = written.with(desired, sent);
    if (!sent.isEmpty()) {
      outcomes.audit(auditAction, p, link.remoteId(), sent, written, desired);
    }
    if (!refused.isEmpty()) {
      LinkState kept =
          new LinkState(
              p.hibobId(), link.remoteId(), status, after, false, null, link.lastChange());
      String message =
          String.join(" ", refused.stream().map(PlanItem.Note::message).toList())
              + (notes.isEmpty()
                  ? ""
                  : " " + String.join(" ", notes.stream().map(PlanItem.Note::message).toList()));
      return outcomes.failed(p, kept, Reason.REMOTE_REJECTED, message, false);
    }
    String what =
        action == PersonResult.Action.CREATED
            ? change
            : "Updated " + String.join(", ", sent.stream().map(Field::label).toList());
    return outcomes.synced(p, action, link.remoteId(), status, after, notes, what, sent);
  }

  private void refuse(
      Person p,
      String country,
      RemoteBodies.Part part,
      ApiRejectedException e,
      List<PlanItem.Note> refused,
      boolean alone) {
    refused.add(FormMessages.refused(alone ? FormMessages.label(part) : "update", e));
    if (alone && part.form() != null && e.status() == 422) {
      // It fitted the schema bobsync holds: fetch the schema again next time.
      forms.distrust(p, country, part.form());
    }
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
              new PlanItem.Note(
                  Reason.REMOTE_REJECTED,
                  ApplyMessages.departmentNotCreated(p, dir.departmentError(p.department()))));
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
