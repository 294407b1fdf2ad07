package dev.bobsync.store;

import dev.bobsync.store.internal.Db;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The time-off sync's memory (rule R9): per integration, how far HiBob's change feed was read, and
 * per HiBob request its Remote time off and status. Creates are claimed here first, so a crash or a
 * second run never books a request twice.
 */
public final class TimeOffLedger {
  private static final String COLUMNS =
      "integration_id, request_id, employee_id, employee_name, previous_request_id, policy_type,"
          + " request_type, start_date, start_portion, end_date, end_portion, hours, hibob_status,"
          + " hibob_changed_at, change_reason, status, reason_code, message,"
          + " remote_employment_id, remote_timeoff_id, booked_days, attempts, booking_started_at,"
          + " revisit, updated_at";
  // attempts are left alone: only claim() counts them.
  private static final String UPDATE =
      "UPDATE timeoff_requests SET employee_id = :employeeId, employee_name = :employeeName,"
          + " previous_request_id = :previousRequestId, policy_type = :policyType,"
          + " request_type = :requestType, start_date = :startDate,"
          + " start_portion = :startPortion, end_date = :endDate, end_portion = :endPortion,"
          + " hours = :hours, hibob_status = :hibobStatus, hibob_changed_at = :hibobChangedAt,"
          + " change_reason = :changeReason, status = :status, reason_code = :reasonCode,"
          + " message = :message, remote_employment_id = :remoteEmploymentId,"
          + " remote_timeoff_id = :remoteTimeOffId, booked_days = :bookedDays,"
          + " booking_started_at = :bookingStartedAt, revisit = :revisit, updated_at = :now"
          + " WHERE integration_id = :integrationId AND request_id = :requestId";
  private static final String INSERT =
      "INSERT INTO timeoff_requests ("
          + COLUMNS
          + ") VALUES (:integrationId, :requestId, :employeeId, :employeeName,"
          + " :previousRequestId, :policyType, :requestType, :startDate, :startPortion, :endDate,"
          + " :endPortion, :hours, :hibobStatus, :hibobChangedAt, :changeReason, :status,"
          + " :reasonCode, :message, :remoteEmploymentId, :remoteTimeOffId, :bookedDays,"
          + " :attempts, :bookingStartedAt, :revisit, :now)";
  private static final int IN_CHUNK = 500;

  private final Db db;
  private final Clock clock;

  TimeOffLedger(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Up to when the integration's change feed has been read, if ever. */
  public Optional<Instant> watermark(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "read time-off watermark of integration " + integrationId,
        handle ->
            handle
                .createQuery("SELECT read_to FROM timeoff_watermarks WHERE integration_id = :id")
                .bind("id", integrationId)
                .map((rs, ctx) -> Db.instant(rs, "read_to"))
                .findOne());
  }

  /** Records that the change feed has been read up to {@code readTo}. */
  public void setWatermark(String integrationId, Instant readTo) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(readTo, "readTo");
    Instant now = clock.instant();
    db.useTransaction(
        "record time-off watermark of integration " + integrationId,
        handle -> {
          int updated =
              handle
                  .createUpdate(
                      "UPDATE timeoff_watermarks SET read_to = :readTo, updated_at = :now"
                          + " WHERE integration_id = :id")
                  .bind("id", integrationId)
                  .bind("readTo", readTo)
                  .bind("now", now)
                  .execute();
          if (updated == 0) {
            handle
                .createUpdate(
                    "INSERT INTO timeoff_watermarks (integration_id, read_to, updated_at)"
                        + " VALUES (:id, :readTo, :now)")
                .bind("id", integrationId)
                .bind("readTo", readTo)
                .bind("now", now)
                .execute();
          }
        });
  }

  /** The request with this HiBob id. */
  public Optional<TimeOffRecord> find(String integrationId, String requestId) {
    Objects.requireNonNull(requestId, "requestId");
    return find(integrationId, List.of(requestId)).stream().findFirst();
  }

  /** The requests with these HiBob ids; unknown ids are left out. */
  public List<TimeOffRecord> find(String integrationId, Collection<String> requestIds) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(requestIds, "requestIds");
    List<String> ids = List.copyOf(requestIds);
    List<TimeOffRecord> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      found.addAll(
          db.withHandle(
              "read " + chunk.size() + " time-off requests",
              handle ->
                  select(handle, "integration_id = :integrationId AND request_id IN (<ids>)")
                      .bind("integrationId", integrationId)
                      .bindList("ids", chunk)
                      .map(TimeOffLedger::map)
                      .list()));
    }
    return found;
  }

  /**
   * The requests a run looks at again although HiBob reported no change: those marked to revisit
   * that end on or after {@code from} (or have no dates), and every one with a create in flight.
   */
  public List<TimeOffRecord> toRevisit(String integrationId, LocalDate from) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(from, "from");
    return db.withHandle(
        "read time-off requests to revisit",
        handle ->
            select(
                    handle,
                    "integration_id = :integrationId AND (booking_started_at IS NOT NULL"
                        + " OR (revisit AND (end_date IS NULL OR end_date >= :from)))"
                        + " ORDER BY request_id")
                .bind("integrationId", integrationId)
                .bind("from", from)
                .map(TimeOffLedger::map)
                .list());
  }

  /** The requests whose HiBob status is one of {@code hibobStatuses}. */
  public List<TimeOffRecord> withHibobStatus(
      String integrationId, Collection<String> hibobStatuses) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(hibobStatuses, "hibobStatuses");
    if (hibobStatuses.isEmpty()) {
      return List.of();
    }
    return db.withHandle(
        "read time-off requests by HiBob status",
        handle ->
            select(
                    handle,
                    "integration_id = :integrationId AND hibob_status IN (<statuses>)"
                        + " ORDER BY request_id")
                .bind("integrationId", integrationId)
                .bindList("statuses", List.copyOf(hibobStatuses))
                .map(TimeOffLedger::map)
                .list());
  }

  /** Inserts or replaces the request (its attempts excepted); {@code updatedAt} is set to now. */
  public void save(TimeOffRecord r) {
    Objects.requireNonNull(r, "r");
    try {
      upsert(r);
    } catch (StoreException e) {
      if (!Db.isUniqueViolation(e)) {
        throw e;
      }
      upsert(r); // another run inserted it first: this time it is an update
    }
  }

  private void upsert(TimeOffRecord r) {
    Instant now = clock.instant();
    db.useTransaction(
        "save time-off request " + r.requestId(),
        handle -> {
          if (handle.createUpdate(UPDATE).bindMethods(r).bind("now", now).execute() == 0) {
            handle.createUpdate(INSERT).bindMethods(r).bind("now", now).execute();
          }
        });
  }

  /**
   * Claims the request for one create: counts the attempt and sets {@code bookingStartedAt}, but
   * only if nobody has claimed it since {@code seenAttempts} were read and it has no Remote time
   * off yet. False means another run got there first: leave it alone.
   */
  public boolean claim(
      String integrationId, String requestId, int seenAttempts, String remoteEmploymentId) {
    Objects.requireNonNull(integrationId, "integrationId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(remoteEmploymentId, "remoteEmploymentId");
    Instant now = clock.instant();
    int updated =
        db.withHandle(
            "claim time-off request " + requestId,
            handle ->
                handle
                    .createUpdate(
                        "UPDATE timeoff_requests SET attempts = attempts + 1,"
                            + " booking_started_at = :now, remote_employment_id = :employment,"
                            + " updated_at = :now WHERE integration_id = :integrationId"
                            + " AND request_id = :requestId AND attempts = :seen"
                            + " AND remote_timeoff_id IS NULL")
                    .bind("integrationId", integrationId)
                    .bind("requestId", requestId)
                    .bind("seen", seenAttempts)
                    .bind("employment", remoteEmploymentId)
                    .bind("now", now)
                    .execute());
    return updated == 1;
  }

  /** One page of the integration's requests, of one status or all, newest dates first. */
  public Page<TimeOffRecord> search(String integrationId, String status, int limit, int offset) {
    Objects.requireNonNull(integrationId, "integrationId");
    String where = "integration_id = :integrationId" + (status == null ? "" : " AND status = :s");
    return db.withHandle(
        "search time-off requests of integration " + integrationId,
        handle -> {
          var count = handle.createQuery("SELECT COUNT(*) FROM timeoff_requests WHERE " + where);
          var page =
              select(
                  handle,
                  where
                      + " ORDER BY start_date DESC NULLS LAST, request_id"
                      + " LIMIT :limit OFFSET :offset");
          if (status != null) {
            count.bind("s", status);
            page.bind("s", status);
          }
          int total = count.bind("integrationId", integrationId).mapTo(int.class).one();
          List<TimeOffRecord> items =
              page.bind("integrationId", integrationId)
                  .bind("limit", limit)
                  .bind("offset", offset)
                  .map(TimeOffLedger::map)
                  .list();
          return new Page<>(items, total);
        });
  }

  /** How many requests have each status. */
  public Map<String, Integer> countByStatus(String integrationId) {
    Objects.requireNonNull(integrationId, "integrationId");
    return db.withHandle(
        "count time-off requests of integration " + integrationId,
        handle -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          handle
              .createQuery(
                  "SELECT status, COUNT(*) AS n FROM timeoff_requests"
                      + " WHERE integration_id = :integrationId GROUP BY status ORDER BY status")
              .bind("integrationId", integrationId)
              .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
              .forEach(e -> counts.put(e.getKey(), e.getValue()));
          return counts;
        });
  }

  private static org.jdbi.v3.core.statement.Query select(Handle handle, String where) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM timeoff_requests WHERE " + where);
  }

  private static TimeOffRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    double h = rs.getDouble("hours");
    Double hours = rs.wasNull() ? null : h;
    return new TimeOffRecord(
        rs.getString("integration_id"),
        rs.getString("request_id"),
        rs.getString("employee_id"),
        rs.getString("employee_name"),
        rs.getString("previous_request_id"),
        rs.getString("policy_type"),
        rs.getString("request_type"),
        rs.getObject("start_date", LocalDate.class),
        rs.getString("start_portion"),
        rs.getObject("end_date", LocalDate.class),
        rs.getString("end_portion"),
        hours,
        rs.getString("hibob_status"),
        Db.instant(rs, "hibob_changed_at"),
        rs.getString("change_reason"),
        rs.getString("status"),
        rs.getString("reason_code"),
        rs.getString("message"),
        rs.getString("remote_employment_id"),
        rs.getString("remote_timeoff_id"),
        rs.getString("booked_days"),
        rs.getInt("attempts"),
        Db.instant(rs, "booking_started_at"),
        rs.getBoolean("revisit"),
        Db.instant(rs, "updated_at"));
  }
}
