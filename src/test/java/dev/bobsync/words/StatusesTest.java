package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.remote.EmploymentStatus;
import dev.bobsync.sync.plan.PersonStatus;
import dev.bobsync.sync.timeoff.HibobState;
import dev.bobsync.sync.timeoff.TimeOffStatus;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every status the page and the CLI show has words of its own. */
class StatusesTest {
  @Test
  void R11_everyPersonStatusHasWords() {
    for (PersonStatus s : PersonStatus.values()) {
      assertThat(Statuses.Family.PERSON.knows(s.code())).as(s.code()).isTrue();
    }
    assertThat(Statuses.person("synced")).isEqualTo("Synced");
  }

  @Test
  void R9_everyTimeOffStatusAndHibobStateHasWords() {
    for (TimeOffStatus s : TimeOffStatus.values()) {
      assertThat(Statuses.Family.TIME_OFF.knows(s.code())).as(s.code()).isTrue();
    }
    for (HibobState s : HibobState.values()) {
      assertThat(Statuses.Family.HIBOB_REQUEST.knows(s.code())).as(s.code()).isTrue();
    }
    // the feed says a request was filed, not whether it is approved: said so, not "not read yet"
    assertThat(Statuses.hibobRequest("unknown"))
        .isEqualTo("Requested (approval checked once it can be booked)");
    assertThat(Statuses.hibobRequest("not_found")).isEqualTo("No longer in HiBob");
  }

  @Test
  void everyRemoteEmploymentStatusHasWords() {
    for (EmploymentStatus s : EmploymentStatus.values()) {
      String wire = s.name().toLowerCase(Locale.ROOT);
      assertThat(Statuses.Family.REMOTE_EMPLOYMENT.knows(wire)).as(wire).isTrue();
      assertThat(Statuses.remoteEmployment(wire)).doesNotContain("_");
    }
  }

  @Test
  void everyRunOutcomeAndTriggerHasWords() {
    for (String state : List.of("running", "succeeded", "partial", "failed")) {
      assertThat(Statuses.Family.RUN.knows(state)).as(state).isTrue();
    }
    for (String trigger : List.of("manual", "api", "cli", "schedule", "webhook", "demo")) {
      assertThat(Statuses.Family.TRIGGER.knows(trigger)).as(trigger).isTrue();
    }
    assertThat(Statuses.run("partial")).isEqualTo("Done, some failed");
  }

  @Test
  void anUnknownStatusReadsAsWords() {
    assertThat(Statuses.remoteEmployment("awaiting_something_new"))
        .isEqualTo("Awaiting something new");
    assertThat(Statuses.person(null)).isEmpty();
  }
}
