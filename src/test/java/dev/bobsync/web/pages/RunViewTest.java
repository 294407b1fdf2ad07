package dev.bobsync.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.http.Json;
import dev.bobsync.store.SyncRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R11: the sync history says what each run was and counts what it did. */
class RunViewTest {
  private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

  @Test
  void R11_eachKindOfRunIsNamedAndCountedInItsOwnTerms() {
    assertThat(view("remote", "{\"created\": 3, \"failed\": 1, \"unchanged\": 0}"))
        .extracting(RunView::what, RunView::summary)
        .containsExactly("Employees to Remote", "3 created, 1 failed");
    assertThat(view("timeoff", "{\"booked\": 2, \"waiting\": 1}"))
        .extracting(RunView::what, RunView::summary)
        .containsExactly("Time off to Remote", "requests: 2 booked, 1 waiting");
    assertThat(view("timeoff", "{\"booked\": 0}").summary())
        .isEqualTo("no request to book or cancel");
    assertThat(
            view(
                "compensation",
                "{\"people\": 200, \"leavers\": 16, \"format\": \"csv\", \"anonymous\": true}"))
        .extracting(RunView::what, RunView::summary)
        .containsExactly("Compensation export", "200 people (16 leavers), csv, anonymous");
    assertThat(view("remote", "{}").summary()).isEqualTo("nobody to sync");
  }

  private static RunView view(String kind, String counts) {
    SyncRun run =
        new SyncRun("r", "i", kind, "manual", "n", "succeeded", T0, T0, 1, 1, counts, 0, 0, null);
    return RunView.of(run, Json.newMapper());
  }
}
