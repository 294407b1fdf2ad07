package dev.bobsync.sync;

import dev.bobsync.remote.Stage;
import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Plan;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Reason;
import dev.bobsync.sync.plan.RemoteView;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which Remote reads a run needs. Remote allows a customer 20 requests a minute, so a run reads
 * only what can have changed there: employments not yet active (by status), profiles awaiting a
 * contract amendment, and the e-mails of people who could not simply be created. A full listing is
 * made on the first run, and whenever it is cheaper.
 *
 * @param byStatus Remote status to the linked employments last seen in it
 * @param byId employments to read one by one
 * @param emails e-mails to look up, for people who may already be in Remote
 */
record RemoteReads(
    boolean full, Map<String, Set<String>> byStatus, Set<String> byId, Set<String> emails) {

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
   * Decides the reads. {@code blindPlan} is the plan made with nothing read from Remote: its holds
   * and look-first creates show who needs a match; {@code knownTotal} is how many employments
   * Remote had at the last listing, or -1 when it has never been listed.
   */
  static RemoteReads decide(Plan blindPlan, Map<String, LinkState> links, int knownTotal) {
    if (knownTotal < 0) {
      return new RemoteReads(true, Map.of(), Set.of(), Set.of());
    }
    Map<String, Set<String>> byStatus = new TreeMap<>();
    Set<String> byId = new LinkedHashSet<>();
    for (LinkState link : links.values()) {
      if (!link.linked()) {
        continue;
      }
      Stage stage = link.remoteStatus() == null ? null : Stage.of(link.remoteStatus());
      if (stage == Stage.CREATED || stage == Stage.ONBOARDING) {
        byStatus
            .computeIfAbsent(link.remoteStatus(), s -> new LinkedHashSet<>())
            .add(link.remoteId());
      } else if (stage == null
          || Reason.NEEDS_CONTRACT_AMENDMENT.name().equals(link.lastReason())) {
        byId.add(link.remoteId());
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
    RemoteReads targeted = new RemoteReads(false, byStatus, byId, emails);
    int fullCost = Math.max(1, (knownTotal + PAGE - 1) / PAGE);
    boolean cheaperInFull = targeted.cost() > 0 && fullCost <= targeted.cost();
    return cheaperInFull ? new RemoteReads(true, Map.of(), Set.of(), Set.of()) : targeted;
  }

  /** The calls these reads take at least. */
  int cost() {
    int pages =
        byStatus.values().stream()
            .mapToInt(ids -> Math.max(1, (ids.size() + PAGE - 1) / PAGE))
            .sum();
    return pages + byId.size() + emails.size();
  }
}
