package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.ApiClient;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.http.ApiRequest;
import dev.bobsync.http.JsonValues;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * HiBob's history tables, per employee or everyone's a page at a time. Each read costs one call of
 * HiBob's 50 a minute, and needs "View history" on the table's section (403 per employee, or an
 * error per person in a bulk page, otherwise).
 */
public final class HibobTables {
  private final ApiClient api;

  public HibobTables(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /** One page of everyone's salary tables, and who could not be read. */
  public record SalaryPage(
      Map<String, List<SalaryRow>> rows, Map<String, String> refused, String nextCursor) {}

  /** The largest page HiBob's bulk reads answer. */
  public static final int BULK_PAGE = 200;

  /** An employee's salary rows, oldest first as HiBob answers them. */
  public List<SalaryRow> salaries(String employeeId) {
    Objects.requireNonNull(employeeId, "employeeId");
    String call = "salary history of employee " + employeeId;
    JsonNode answer =
        api.json(
            ApiRequest.get(
                call,
                "/people/" + URLEncoder.encode(employeeId, StandardCharsets.UTF_8) + "/salaries"));
    JsonNode values = answer == null ? null : answer.get("values");
    if (values == null || !values.isArray()) {
      throw new ApiProtocolException(
          api.settings(), call, 200, "the answer has no \"values\" array", null);
    }
    return rows(values);
  }

  /**
   * Everyone's salary tables, {@link #BULK_PAGE} people a call ({@code GET
   * /v1/bulk/people/salaries}), from {@code cursor} (null: the first page). People HiBob would not
   * show are in {@code refused} with HiBob's reason (e.g. {@code MISSING_PERMISSION}).
   */
  public SalaryPage salariesInBulk(String cursor) {
    String call = "salary history of everyone" + (cursor == null ? "" : " (next page)");
    String path =
        "/bulk/people/salaries?limit="
            + BULK_PAGE
            + (cursor == null
                ? ""
                : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
    JsonNode answer = api.json(ApiRequest.get(call, path));
    JsonNode results = answer == null ? null : answer.get("results");
    if (results == null || !results.isArray()) {
      throw new ApiProtocolException(
          api.settings(), call, 200, "the answer has no \"results\" array", null);
    }
    Map<String, List<SalaryRow>> rows = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String id = text(r.path("employeeId"));
      if (id != null) {
        rows.put(id, rows(r.path("values")));
      }
    }
    Map<String, String> refused = new LinkedHashMap<>();
    for (JsonNode error : answer.path("errors")) {
      error
          .fields()
          .forEachRemaining(
              e -> refused.put(e.getKey(), e.getValue().path("error").asText("refused")));
    }
    return new SalaryPage(
        rows, refused, text(answer.path("response_metadata").path("next_cursor")));
  }

  private static List<SalaryRow> rows(JsonNode values) {
    List<SalaryRow> rows = new ArrayList<>();
    for (JsonNode v : values) {
      JsonNode base = v.path("base");
      rows.add(
          new SalaryRow(
              JsonValues.date(v.path("effectiveDate").asText(null)),
              amount(base.path("value")),
              text(base.path("currency")),
              text(v.path("payPeriod")),
              text(v.path("payFrequency")),
              text(v.path("reason")),
              v.path("isCurrent").asBoolean(false)));
    }
    return rows;
  }

  private static BigDecimal amount(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    String s = text(value);
    try {
      return s == null ? null : new BigDecimal(s);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String text(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()
        ? null
        : value.asText().trim();
  }
}
