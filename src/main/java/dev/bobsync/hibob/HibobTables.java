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
import java.util.List;
import java.util.Objects;

/**
 * HiBob's per-employee history tables. Each read costs one call of HiBob's 50 a minute, and needs
 * "View history" on the table's section (403 otherwise).
 */
public final class HibobTables {
  private final ApiClient api;

  public HibobTables(ApiClient api) {
    this.api = Objects.requireNonNull(api, "api");
  }

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
