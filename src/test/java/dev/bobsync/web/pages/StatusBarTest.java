package dev.bobsync.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Overview's status bar (rule R11): one segment per status, side by side, 100 % in all. */
class StatusBarTest {
  @Test
  void R11_segmentsFollowOneAnotherInAFixedOrderAndFillTheBar() {
    StatusBar bar = StatusBar.of(Map.of("synced", 30, "failed", 10, "waiting", 10));
    assertThat(bar.total()).isEqualTo(50);
    assertThat(bar.segments())
        .extracting(StatusBar.Segment::status)
        .containsExactly("synced", "waiting", "frozen", "skipped", "failed");
    assertThat(bar.segments())
        .extracting(StatusBar.Segment::width)
        .containsExactly(60.0, 20.0, 0.0, 0.0, 20.0);
    assertThat(bar.segments())
        .extracting(StatusBar.Segment::x)
        .containsExactly(0.0, 60.0, 80.0, 80.0, 80.0);
    assertThat(bar.segments().get(2).words()).isEqualTo("onboarding (frozen)");
  }

  @Test
  void noPeopleNoBar() {
    assertThat(StatusBar.of(Map.of()).total()).isZero();
  }
}
