package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.sync.plan.Field;
import org.junit.jupiter.api.Test;

/** The fields bobsync writes, as HR calls them. */
class FieldNamesTest {
  @Test
  void everyFieldTheSyncWritesHasAName() {
    for (Field f : Field.values()) {
      assertThat(FieldNames.knows(f.name())).as(f.name()).isTrue();
      assertThat(f.label()).isEqualTo(FieldNames.of(f.name()));
    }
    assertThat(FieldNames.of("job_title")).isEqualTo("job title");
    assertThat(FieldNames.of("JOB_TITLE")).isEqualTo("job title");
    assertThat(FieldNames.of("manager")).isEqualTo("manager");
    assertThat(FieldNames.of("manager_id")).isEqualTo("manager");
    assertThat(FieldNames.of("start_date")).isEqualTo("start date");
    assertThat(FieldNames.of("timeoff")).isEqualTo("time off");
  }

  @Test
  void anUnknownKeyReadsAsWordsAndAHibobNameStaysAsItIs() {
    assertThat(FieldNames.of("pay_frequency")).isEqualTo("pay frequency");
    assertThat(FieldNames.of("Sync to Remote")).isEqualTo("Sync to Remote");
    assertThat(FieldNames.of(null)).isEmpty();
  }
}
