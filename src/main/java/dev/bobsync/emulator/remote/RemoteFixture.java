package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The companies a Remote emulator starts with; read from JSON (format in {@code
 * docs/emulator-remote.md}).
 */
public record RemoteFixture(@JsonProperty("companies") List<Company> companies) {
  /** Requests per minute when neither the fixture nor the command line sets a limit. */
  public static final int DEFAULT_RATE_LIMIT = 20;

  public RemoteFixture {
    companies = List.copyOf(Objects.requireNonNull(companies, "companies"));
  }

  /**
   * One company: identity, API token, directory data, the employments it already has, and the shape
   * of its 422 answers ({@code errorShape}: {@code errors_object} when absent).
   */
  public record Company(
      @JsonProperty("id") String id,
      @JsonProperty("name") String name,
      @JsonProperty("apiToken") String apiToken,
      @JsonProperty("rateLimitPerMinute") Integer rateLimitPerMinute,
      @JsonProperty("legalEntities") List<LegalEntity> legalEntities,
      @JsonProperty("managers") List<Manager> managers,
      @JsonProperty("departments") List<Department> departments,
      @JsonProperty("employments") List<EmploymentEntry> employments,
      @JsonProperty("timeoffs") List<ObjectNode> timeoffs,
      @JsonProperty("errorShape") String errorShape) {
    public Company {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(apiToken, "apiToken");
      name = name == null ? id : name;
      rateLimitPerMinute = rateLimitPerMinute == null ? DEFAULT_RATE_LIMIT : rateLimitPerMinute;
      if (rateLimitPerMinute < 1) {
        throw new IllegalArgumentException("company " + id + ": rateLimitPerMinute must be >= 1");
      }
      legalEntities = legalEntities == null ? List.of() : List.copyOf(legalEntities);
      managers = managers == null ? List.of() : List.copyOf(managers);
      departments = departments == null ? List.of() : List.copyOf(departments);
      employments = employments == null ? List.of() : List.copyOf(employments);
      timeoffs = timeoffs == null ? List.of() : List.copyOf(timeoffs);
    }

    /** The same company with another rate limit. */
    public Company withRateLimit(int perMinute) {
      return new Company(
          id,
          name,
          apiToken,
          perMinute,
          legalEntities,
          managers,
          departments,
          employments,
          timeoffs,
          errorShape);
    }
  }

  /**
   * An employment that already exists, in the flat shape of the fixture; {@code id} is generated
   * when absent, {@code type} defaults to {@code employee} and {@code status} to {@code active}.
   */
  public record EmploymentEntry(
      @JsonProperty("id") String id,
      @JsonProperty("type") String type,
      @JsonProperty("status") String status,
      @JsonProperty("full_name") String fullName,
      @JsonProperty("personal_email") String personalEmail,
      @JsonProperty("work_email") String workEmail,
      @JsonProperty("job_title") String jobTitle,
      @JsonProperty("provisional_start_date") String provisionalStartDate,
      @JsonProperty("country_code") String countryCode,
      @JsonProperty("external_id") String externalId,
      @JsonProperty("manager_id") String managerId,
      @JsonProperty("department_id") String departmentId,
      @JsonProperty("engaged_by_legal_entity_id") String legalEntityId,
      @JsonProperty("bill_to_legal_entity_id") String billToLegalEntityId,
      @JsonProperty("address_details") ObjectNode addressDetails,
      @JsonProperty("emergency_contact_details") ObjectNode emergencyContactDetails,
      @JsonProperty("administrative_details") ObjectNode administrativeDetails,
      @JsonProperty("contract_details") ObjectNode contractDetails,
      @JsonProperty("personal_details") ObjectNode personalDetails) {}

  /** Reads a fixture file; unknown properties are an error, so typos do not pass silently. */
  public static RemoteFixture read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("fixture " + file + " does not exist", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read fixture " + file + ": " + e, e);
    }
  }

  /** Parses fixture JSON. */
  public static RemoteFixture parse(String json) {
    Objects.requireNonNull(json, "json");
    ObjectMapper mapper = Json.newMapper();
    try {
      return mapper
          .readerFor(RemoteFixture.class)
          .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid fixture: " + e.getOriginalMessage(), e);
    }
  }

  /** The same fixture with every company limited to {@code perMinute} requests per minute. */
  public RemoteFixture withRateLimit(int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1 request per minute");
    }
    return new RemoteFixture(companies.stream().map(c -> c.withRateLimit(perMinute)).toList());
  }
}
