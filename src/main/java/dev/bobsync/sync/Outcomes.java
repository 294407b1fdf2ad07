package dev.bobsync.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.remote.Department;
import dev.bobsync.store.AuditEntry;
import dev.bobsync.store.PersonRecord;
import dev.bobsync.store.Store;
import dev.bobsync.sync.plan.Field;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Person;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Profile;
import dev.bobsync.sync.plan.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Records each person's outcome in the store, and every write in the audit log. */
final class Outcomes {
  private final Store store;
  private final String integrationId;
  private final String runId;
  private final String actor;
  private final ObjectMapper json;
  private final Clock clock;
  private final LinkStates links;
  private final Map<String, PersonRecord> previous = new HashMap<>();

  Outcomes(
      Store store,
      String integrationId,
      String runId,
      String actor,
      ObjectMapper json,
      Clock clock) {
    this.store = store;
    this.integrationId = integrationId;
    this.runId = runId;
    this.actor = actor;
    this.json = json;
    this.clock = clock;
    this.links = new LinkStates(store, json);
  }

  /** What the store held before this run: records that come out unchanged are not written. */
  void remember(Map<String, PersonRecord> records) {
    previous.putAll(records);
  }

  /** Notes, before a create, that one is being attempted: a crash after it is then looked for. */
  void creating(Person p, LinkState link) {
    save(
        p,
        null,
        null,
        PersonStatus.WAITING,
        null,
        "Being created in Remote.",
        lastChange(link),
        written(link),
        true);
  }

  PersonResult held(PlanItem.Hold hold, LinkState link) {
    Person p = hold.person();
    String remoteId =
        hold.remoteId() != null ? hold.remoteId() : link == null ? null : link.remoteId();
    String status =
        hold.remoteStatus() != null
            ? hold.remoteStatus()
            : link == null ? null : link.remoteStatus();
    return save(
        p,
        remoteId,
        status,
        hold.reason().status(),
        hold.reason(),
        hold.message(),
        lastChange(link),
        written(link),
        pending(link) && remoteId == null);
  }

  PersonResult synced(
      Person p,
      PersonResult.Action action,
      String remoteId,
      String remoteStatus,
      Profile written,
      List<PlanItem.Note> notes,
      String lastChange,
      Collection<Field> changed) {
    Reason reason = notes.isEmpty() ? null : notes.get(0).reason();
    String message =
        notes.isEmpty()
            ? null
            : notes.stream().map(PlanItem.Note::message).collect(Collectors.joining(" "));
    PersonResult result =
        save(
            p,
            remoteId,
            remoteStatus,
            PersonStatus.SYNCED,
            reason,
            message,
            lastChange,
            written,
            false);
    return withAction(result, action, changed);
  }

  /**
   * A failure: the link and what was written stay as they were; {@code keepIntent} after a lost
   * answer.
   */
  PersonResult failed(Person p, LinkState link, Reason reason, String message, boolean keepIntent) {
    return save(
        p,
        link == null ? null : link.remoteId(),
        link == null ? null : link.remoteStatus(),
        PersonStatus.FAILED,
        reason,
        message,
        lastChange(link),
        written(link),
        keepIntent);
  }

  void audit(
      String action,
      Person p,
      String remoteId,
      Collection<Field> fields,
      Profile before,
      Profile after) {
    record(
        action,
        p.hibobId(),
        remoteId,
        fields.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList(),
        before == null ? null : values(before, fields),
        after == null ? null : values(after, fields));
  }

  void departmentCreated(Department department) {
    record(
        "create_department",
        null,
        department.id(),
        List.of("name"),
        null,
        json.createObjectNode().put("name", department.name()).toString());
  }

  private void record(
      String action,
      String hibobId,
      String remoteId,
      List<String> fields,
      String beforeJson,
      String afterJson) {
    store
        .audit()
        .record(
            new AuditEntry(
                null,
                integrationId,
                runId,
                clock.instant(),
                actor,
                "remote",
                action,
                hibobId,
                remoteId,
                fields,
                beforeJson,
                afterJson));
  }

  /**
   * A profile's values as JSON, keyed by lower-case field name; SSNs end up masked by the store.
   */
  String values(Profile profile, Collection<Field> fields) {
    ObjectNode node = json.createObjectNode();
    for (Field f : fields) {
      node.put(f.name().toLowerCase(Locale.ROOT), profile.get(f).orElse(null));
    }
    return node.toString();
  }

  private PersonResult save(
      Person p,
      String remoteId,
      String remoteStatus,
      PersonStatus status,
      Reason reason,
      String message,
      String lastChange,
      Profile written,
      boolean createPending) {
    PersonRecord before = previous.get(p.hibobId());
    Instant intent = null;
    if (createPending) {
      intent =
          before != null && before.createStartedAt() != null
              ? before.createStartedAt()
              : clock.instant();
    }
    PersonRecord next =
        new PersonRecord(
            integrationId,
            p.hibobId(),
            p.displayName(),
            p.workEmail(),
            p.syncType() == null ? null : p.syncType().remoteType(),
            remoteId,
            remoteStatus,
            status.code(),
            reason == null ? null : reason.name(),
            message,
            lastChange,
            links.toJson(written),
            intent,
            null);
    // Most people are unchanged from run to run: writing them again would cost the database, not
    // tell anyone anything.
    if (before == null || !sameExceptUpdatedAt(before, next)) {
      store.people().save(next);
      previous.put(p.hibobId(), next);
    }
    return new PersonResult(
        p.hibobId(),
        PersonResult.Action.NONE,
        p.displayName(),
        p.workEmail(),
        p.syncType() == null ? null : p.syncType().remoteType(),
        status,
        reason,
        message,
        remoteId,
        remoteStatus,
        lastChange,
        List.of());
  }

  private static boolean sameExceptUpdatedAt(PersonRecord a, PersonRecord b) {
    return a.equals(
        new PersonRecord(
            b.integrationId(),
            b.hibobId(),
            b.displayName(),
            b.email(),
            b.syncType(),
            b.remoteId(),
            b.remoteStatus(),
            b.status(),
            b.reasonCode(),
            b.message(),
            b.lastChange(),
            b.writtenStateJson(),
            b.createStartedAt(),
            a.updatedAt()));
  }

  private static PersonResult withAction(
      PersonResult r, PersonResult.Action action, Collection<Field> changed) {
    return new PersonResult(
        r.hibobId(),
        action,
        r.name(),
        r.email(),
        r.syncType(),
        r.status(),
        r.reason(),
        r.message(),
        r.remoteId(),
        r.remoteStatus(),
        r.lastChange(),
        changed.stream().map(Field::label).toList());
  }

  private static Profile written(LinkState link) {
    return link == null ? Profile.empty() : link.written();
  }

  private static boolean pending(LinkState link) {
    return link != null && link.createPending();
  }

  private static String lastChange(LinkState link) {
    return link == null ? null : link.lastChange();
  }
}
