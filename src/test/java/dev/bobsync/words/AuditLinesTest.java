package dev.bobsync.words;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.http.Json;
import dev.bobsync.store.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit entries in words: who, what changed from what to what, and where it was written. */
class AuditLinesTest {
  private final AuditLines lines = new AuditLines(Json.newMapper());

  private static AuditEntry entry(
      String action, String target, List<String> fields, String before, String after) {
    return new AuditEntry(
        1L,
        "i",
        "r",
        Instant.EPOCH,
        "bobsync (schedule)",
        target,
        action,
        "104",
        "emp-1",
        fields,
        before,
        after);
  }

  @Test
  void anUpdateReadsAsTheChangeAndWhereItWasWritten() {
    AuditEntry e =
        entry(
            "update_employment",
            "remote",
            List.of("job_title", "salary"),
            "{\"job_title\":\"Engineer\",\"salary\":\"15000000 USD\"}",
            "{\"job_title\":\"Senior Engineer\",\"salary\":\"15350000 USD\"}");
    assertThat(lines.of(e, "Ana Lima", "employee").sentence())
        .isEqualTo(
            "Ana Lima (EOR employee): job title Engineer → Senior Engineer, salary 150,000 USD →"
                + " 153,500 USD, written to Remote");
  }

  @Test
  void aCreateListsWhatWasWrittenWithoutTheSsn() {
    AuditEntry e =
        entry(
            "create_employment",
            "remote",
            List.of("name", "start_date", "address", "ssn"),
            null,
            "{\"name\":\"Ana Lima\",\"start_date\":\"2027-01-04\","
                + "\"address\":\"Rua 1 |  | Lisboa | 1000-001 |  | Portugal\",\"ssn\":\"***\"}");
    assertThat(lines.of(e, "Ana Lima", "global_payroll_employee").sentence())
        .isEqualTo(
            "Ana Lima (Global Payroll employee): created in Remote with name Ana Lima, start date"
                + " 2027-01-04, address Rua 1, Lisboa, 1000-001, Portugal, SSN");
  }

  @Test
  void timeOffDepartmentsAndHibobWritesReadAsWords() {
    AuditEntry booked =
        entry(
            "create_timeoff",
            "remote",
            List.of("timeoff"),
            null,
            "{\"request\":\"12\",\"detail\":\"paid_time_off\",\"days\":\"2026-11-24:8 2026-11-25:4\"}");
    assertThat(lines.of(booked, "Ana Lima", "employee").what())
        .isEqualTo("time off of request 12 (paid time off, 12 h on 2 days) booked in Remote");
    AuditEntry cancelled =
        entry(
            "cancel_timeoff",
            "remote",
            List.of("timeoff"),
            null,
            "{\"request\":\"12\",\"detail\":\"CANCELLED_IN_HIBOB\"}");
    assertThat(lines.of(cancelled, "Ana Lima", "employee").what())
        .isEqualTo("time off of request 12 cancelled in Remote (cancelled in HiBob)");
    AuditEntry department =
        new AuditEntry(
            2L,
            "i",
            "r",
            null,
            "bobsync (cli)",
            "remote",
            "create_department",
            null,
            "dep-1",
            List.of("name"),
            null,
            "{\"name\":\"R&D\"}");
    assertThat(lines.of(department, null, null).sentence())
        .isEqualTo("Department \"R&D\" created in Remote");
    AuditEntry item =
        new AuditEntry(
            3L,
            "i",
            null,
            null,
            "bobsync (cli)",
            "hibob",
            "add_list_item",
            null,
            null,
            List.of("list-1"),
            null,
            "{\"list\":\"list-1\",\"itemId\":\"9\",\"name\":\"As employee\"}");
    assertThat(lines.of(item, null, null).sentence())
        .isEqualTo("\"As employee\" added to the \"Sync to Remote\" list in HiBob");
  }

  @Test
  void anUnknownActionOrPersonOrBrokenJsonStillReads() {
    AuditEntry e = entry("update_status_in_hibob", "hibob", List.of("work_status"), "{", "oops");
    AuditLine line = lines.of(e, null, null);
    assertThat(line.sentence())
        .isEqualTo("HiBob employee 104: work status, update status in hibob in HiBob");
    assertThat(AuditActions.actor("bobsync (schedule)")).isEqualTo("bobsync (Automatic)");
    assertThat(AuditActions.actor("ada@acme.example")).isEqualTo("ada@acme.example");
  }
}
