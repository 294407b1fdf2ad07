package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R9: a request's explanation beside the columns that already show who, what and when. */
class TimeOffWordsTest {
  private static final LocalDate START = LocalDate.of(2026, 11, 24);
  private static final LocalDate END = LocalDate.of(2026, 11, 25);

  @Test
  void R9_theExplanationDoesNotRepeatThePersonThePolicyOrTheDates() {
    String prefix = "Request 12 of Ana Lima (Holiday, 2026-11-24 to 2026-11-25)";
    assertThat(
            TimeOffWords.explanation(
                prefix + " is pending approval in HiBob; it is booked once approved.",
                "12",
                "Ana Lima",
                "Holiday",
                START,
                END))
        .isEqualTo("Pending approval in HiBob; it is booked once approved.");
    assertThat(
            TimeOffWords.explanation(
                prefix + ": Remote refused it (POST /v1/timeoff).",
                "12",
                "Ana Lima",
                "Holiday",
                START,
                END))
        .isEqualTo("Remote refused it (POST /v1/timeoff).");
    assertThat(
            TimeOffWords.explanation(
                prefix + " was declined in HiBob.", "12", "Ana Lima", "Holiday", START, END))
        .isEqualTo("This request was declined in HiBob.")
        .doesNotContain("Ana Lima", "Holiday", "2026-11-24");
  }

  @Test
  void aMessageInAnotherShapeIsLeftAsItIs() {
    assertThat(TimeOffWords.explanation("Something else.", "12", "Ana", "Holiday", START, END))
        .isEqualTo("Something else.");
    assertThat(TimeOffWords.explanation(null, "12", "Ana", "Holiday", START, END)).isEmpty();
  }

  @Test
  void hibobRequestTypesReadAsWords() {
    assertThat(TimeOffWords.requestType("portionOnRange")).isEqualTo("half days");
    assertThat(TimeOffWords.requestType("someNewType")).isEqualTo("some new type");
  }
}
