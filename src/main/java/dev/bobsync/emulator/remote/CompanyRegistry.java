package dev.bobsync.emulator.remote;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulator's companies, by id and by API token. */
final class CompanyRegistry {
  private final Map<String, RemoteCompany> byId = new LinkedHashMap<>();
  private final Map<String, RemoteCompany> byToken = new HashMap<>();

  /** Adds a company; a second company with the same id or token is an error. */
  synchronized void add(RemoteCompany company) {
    if (byId.containsKey(company.id())) {
      throw new IllegalArgumentException("company id " + company.id() + " is used twice");
    }
    if (byToken.containsKey(company.apiToken())) {
      throw new IllegalArgumentException("company " + company.id() + ": apiToken is already used");
    }
    byId.put(company.id(), company);
    byToken.put(company.apiToken(), company);
  }

  synchronized boolean contains(String id) {
    return byId.containsKey(id);
  }

  synchronized Optional<RemoteCompany> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  synchronized Optional<RemoteCompany> byToken(String token) {
    return Optional.ofNullable(byToken.get(token));
  }

  synchronized List<RemoteCompany> all() {
    return List.copyOf(byId.values());
  }
}
