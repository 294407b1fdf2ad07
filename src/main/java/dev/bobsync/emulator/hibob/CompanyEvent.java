package dev.bobsync.emulator.hibob;

import java.util.Map;

/** Something that changed, to be sent as a v2 webhook: its type and the ids it concerns. */
record CompanyEvent(String type, Map<String, Object> data) {
  static CompanyEvent employee(String type, String employeeId) {
    return new CompanyEvent(type, Map.of("employeeId", employeeId));
  }

  static CompanyEvent timeOff(String type, TimeOffRequest request) {
    return new CompanyEvent(
        type,
        JsonMaps.of(
            "employeeId",
            request.employeeId(),
            "requestId",
            request.requestId(),
            "getApi",
            "/v1/timeoff/employees/" + request.employeeId() + "/requests/" + request.requestId()));
  }
}
