package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.plan.LinkState;
import dev.bobsync.sync.plan.Plan;
import dev.bobsync.sync.plan.PlanItem;
import dev.bobsync.sync.plan.Profile;
import dev.bobsync.sync.plan.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which Remote reads a run makes: Remote allows 20 calls a minute, so only what can change. */
class RemoteReadsTest {
  private static final Plan NOTHING_TO_MATCH = new Plan(List.of());

  private static Map<String, LinkState> linked(int count, String status, int from) {
    Map<String, LinkState> links = new HashMap<>();
    for (int i = from; i < from + count; i++) {
      links.put(
          "h" + i, new LinkState("h" + i, "e" + i, status, Profile.empty(), false, null, null));
    }
    return links;
  }

  @Test
  void theFirstRunListsEverything() {
    RemoteReads reads = RemoteReads.decide(NOTHING_TO_MATCH, Map.of(), Map.of(), -1, false);
    assertThat(reads.full()).isTrue();
  }

  @Test
  void activePeopleCostNothing() {
    Map<String, LinkState> links = linked(500, "active", 0);
    RemoteReads reads = RemoteReads.decide(NOTHING_TO_MATCH, links, links, 500, false);
    assertThat(reads.full()).isFalse();
    assertThat(reads.cost()).isZero();
  }

  @Test
  void employmentsNotYetActiveAreListedByStatusInPages() {
    Map<String, LinkState> links = linked(150, "created", 0);
    links.putAll(linked(850, "active", 150));
    RemoteReads reads = RemoteReads.decide(NOTHING_TO_MATCH, links, links, 1000, false);
    assertThat(reads.full()).isFalse();
    assertThat(reads.byStatus()).containsOnlyKeys("created");
    assertThat(reads.cost()).isEqualTo(2);
  }

  @Test
  void aTargetedRunReadsItsPersonByIdNotEveryPageOfTheirStatus() {
    Map<String, LinkState> all = linked(300, "created", 0);
    Map<String, LinkState> concerned = Map.of("h7", all.get("h7"));
    RemoteReads reads = RemoteReads.decide(NOTHING_TO_MATCH, concerned, all, 300, false);
    assertThat(reads.byStatus()).isEmpty();
    assertThat(reads.byId()).containsExactly("e7");
    assertThat(reads.cost()).isEqualTo(1);
  }

  @Test
  void anOptimisticTargetedRunReadsNoLinkedEmploymentUpFront() {
    Map<String, LinkState> all = linked(300, "created", 0);
    Map<String, LinkState> concerned = Map.of("h7", all.get("h7"));
    RemoteReads reads = RemoteReads.decide(NOTHING_TO_MATCH, concerned, all, 300, true);
    assertThat(reads.cost()).isZero();
  }

  @Test
  void aFullListingIsMadeWhenItIsCheaperThanLookingPeopleUp() {
    List<PlanItem> waiting =
        java.util.stream.IntStream.range(0, 10)
            .mapToObj(
                i ->
                    (PlanItem)
                        new PlanItem.Hold(
                            dev.bobsync.sync.plan.TestPeople.person("w" + i).build(),
                            null,
                            null,
                            Reason.START_DATE_NOT_IN_FUTURE,
                            "waits"))
            .toList();
    Map<String, LinkState> links = linked(150, "active", 0);
    RemoteReads reads = RemoteReads.decide(new Plan(waiting), links, links, 160, false);
    assertThat(reads.full()).isTrue();
  }
}
