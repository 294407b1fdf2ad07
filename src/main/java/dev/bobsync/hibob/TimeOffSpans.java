package dev.bobsync.hibob;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bobsync.http.JsonValues;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a request asks from a feed entry or a request's details. The feed names the portions
 * {@code startPortion}/{@code endPortion}, the details {@code startDatePortion}/{@code
 * endDatePortion}: either is read from either. An {@code hours} request carries {@code date} and
 * {@code hoursOnDate}, an {@code hoursOnRange} one {@code dailyHours}, the newer types a {@code
 * durations} array of {@code {date, hours, minutes}}.
 */
final class TimeOffSpans {
  private TimeOffSpans() {}

  static TimeOffSpan read(JsonNode item) {
    LocalDate date = JsonValues.date(JsonValues.text(item, "date"));
    LocalDate start = JsonValues.date(JsonValues.text(item, "startDate"));
    LocalDate end = JsonValues.date(JsonValues.text(item, "endDate"));
    Double hoursOnDate = first(Answers.number(item, "hoursOnDate"), Answers.number(item, "hours"));
    if (hoursOnDate != null && Answers.number(item, "minutes") != null) {
      hoursOnDate += Answers.number(item, "minutes") / 60.0;
    }
    Double dailyHours = Answers.number(item, "dailyHours");
    if (dailyHours != null && Answers.number(item, "dailyMinutes") != null) {
      dailyHours += Answers.number(item, "dailyMinutes") / 60.0;
    }
    return new TimeOffSpan(
        JsonValues.text(item, "type"),
        start != null ? start : date,
        first(JsonValues.text(item, "startPortion"), JsonValues.text(item, "startDatePortion")),
        end != null ? end : date,
        first(JsonValues.text(item, "endPortion"), JsonValues.text(item, "endDatePortion")),
        JsonValues.text(item, "dayPortion"),
        hoursOnDate,
        dailyHours,
        durations(item.get("durations")),
        JsonValues.text(item, "durationUnit"),
        Answers.number(item, "totalDuration"));
  }

  private static List<TimeOffSpan.Day> durations(JsonNode list) {
    List<TimeOffSpan.Day> days = new ArrayList<>();
    if (list == null || !list.isArray()) {
      return days;
    }
    for (JsonNode d : list) {
      LocalDate date = d.isObject() ? JsonValues.date(JsonValues.text(d, "date")) : null;
      if (date == null) {
        continue;
      }
      Double hours = Answers.number(d, "hours");
      Double minutes = Answers.number(d, "minutes");
      if (hours != null || minutes != null) {
        hours = (hours == null ? 0 : hours) + (minutes == null ? 0 : minutes / 60.0);
      } else {
        hours = between(JsonValues.text(d, "startTime"), JsonValues.text(d, "endTime"));
      }
      String portion = first(JsonValues.text(d, "portion"), JsonValues.text(d, "dayPortion"));
      days.add(new TimeOffSpan.Day(date, hours, portion));
    }
    return days;
  }

  /** The hours from {@code 09:00} to {@code 12:30}; {@code null} when either is unreadable. */
  private static Double between(String from, String to) {
    if (from == null || to == null) {
      return null;
    }
    try {
      long minutes = Duration.between(LocalTime.parse(from), LocalTime.parse(to)).toMinutes();
      return minutes > 0 ? minutes / 60.0 : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static <T> T first(T a, T b) {
    return a != null ? a : b;
  }
}
