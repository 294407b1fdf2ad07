package dev.bobsync.sync;

import dev.bobsync.remote.Stage;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Plan;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.plan.RemoteView;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which Remote reads a run needs. Remote allows a customer 20 requests a minute, so a run reads
 * only what can have changed there: employments not yet active (by status), profiles awaiting a
 * contract amendment or a change by hand, and the e-mails of people who could not simply be
 * created. A full listing is made on the first run, and whenever it is cheaper.
 *
 * @param byStatus Remote status to the linked employments last seen in it
 * @param statusPages how many pages a listing of each status takes, at least
 * @param byId employments to read one by one
 * @param emails e-mails to look up, for people who may already be in Remote
 */
record RemoteReads(
    boolean full,
    Map<String, Set<String>> byStatus,
    Map<String, Integer> statusPages,
    Set<String> byId,
    Set<String> emails) {

  private static final int PAGE = 100;

  /** Holds whose people may already be in Remote, so a match must be looked for. */
  private static final Set<Reason> NEED_A_MATCH =
      Set.of(
          Reason.START_DATE_NOT_IN_FUTURE,
          Reason.MISSING_REQUIRED_FIELD,
          Reason.INVALID_FIELD,
          Reason.HIBOB_FIELD_NOT_VISIBLE,
          Reason.NO_LEGAL_ENTITY);

  /**
   * Decides the reads; {@code optimistic} (a targeted sync) reads no linked employment up front.
   * {@code blindPlan} is the plan made with nothing read from Remote: its holds and look-first
   * creates show who needs a match; {@code knownTotal} is how many employments Remote had at the
   * last listing, or -1 when it has never been listed.
   */
  static RemoteReads decide(
      Plan blindPlan,
      Map<String, LinkState> links,
      Map<String, LinkState> all,
      int knownTotal,
      boolean optimistic) {
    if (knownTotal < 0) {
      return FULL;
    }
    Map<String, Set<String>> byStatus = new TreeMap<>();
    Set<String> byId = new LinkedHashSet<>();
    for (LinkState link : links.values()) {
      // An optimistic run plans linked people on the status last seen, and reads an employment
      // only if Remote refuses the change (see Applier).
      if (!link.linked() || optimistic) {
        continue;
      }
      Stage stage = link.remoteStatus() == null ? null : Stage.of(link.remoteStatus());
      if (stage == Stage.CREATED || stage == Stage.ONBOARDING) {
        byStatus
            .computeIfAbsent(link.remoteStatus(), s -> new LinkedHashSet<>())
            .add(link.remoteId());
      } else if (stage == null
          || Reason.NEEDS_CONTRACT_AMENDMENT.name().equals(link.lastReason())
          || Reason.CHANGE_IN_REMOTE.name().equals(link.lastReason())) {
        // Read in full: once the admin has made the change in Remote, the note goes away.
        byId.add(link.remoteId());
      }
    }
    // A status whose listing takes more pages than there are employments to read in it is read
    // employment by employment: a webhook's one person in a status of hundreds costs one call.
    Map<String, Integer> statusPages = new TreeMap<>();
    Map<String, Integer> linkedInStatus = new HashMap<>();
    all.values().stream()
        .filter(l -> l.linked() && l.remoteStatus() != null)
        .forEach(l -> linkedInStatus.merge(l.remoteStatus(), 1, Integer::sum));
    for (var it = byStatus.entrySet().iterator(); it.hasNext(); ) {
      var group = it.next();
      int known = Math.max(group.getValue().size(), linkedInStatus.getOrDefault(group.getKey(), 0));
      int pages = Math.max(1, (known + PAGE - 1) / PAGE);
      if (group.getValue().size() <= pages) {
        byId.addAll(group.getValue());
        it.remove();
      } else {
        statusPages.put(group.getKey(), pages);
      }
    }
    Set<String> emails = new LinkedHashSet<>();
    for (PlanItem item : blindPlan.items()) {
      boolean needsMatch =
          item instanceof PlanItem.Hold hold
                  && hold.remoteId() == null
                  && NEED_A_MATCH.contains(hold.reason())
              || item instanceof PlanItem.Create create && create.lookFirst();
      if (needsMatch) {
        emails.addAll(RemoteView.emailsOf(item.person()));
      }
    }
    RemoteReads targeted = new RemoteReads(false, byStatus, statusPages, byId, emails);
    int fullCost = Math.max(1, (knownTotal + PAGE - 1) / PAGE);
    boolean cheaperInFull = targeted.cost() > 0 && fullCost <= targeted.cost();
    return cheaperInFull ? FULL : targeted;
  }

  private static final RemoteReads FULL =
      new RemoteReads(true, Map.of(), Map.of(), Set.of(), Set.of());

  /**
   * These reads, plus one read of each of {@code remoteIds} not already read: employments Remote
   * reported changed, which a targeted sync must see as they are now.
   */
  RemoteReads alsoReading(Set<String> remoteIds) {
    if (full || remoteIds.isEmpty()) {
      return this;
    }
    Set<String> ids = new LinkedHashSet<>(byId);
    for (String id : remoteIds) {
      boolean listed = byStatus.values().stream().anyMatch(inStatus -> inStatus.contains(id));
      if (!listed) {
        ids.add(id);
      }
    }
    return new RemoteReads(false, byStatus, statusPages, ids, emails);
  }

  /** The calls these reads take at least. */
  int cost() {
    int pages = statusPages.values().stream().mapToInt(Integer::intValue).sum();
    return pages + byId.size() + emails.size();
  }
}
