package dev.bobsync.emulator.hibob;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code GET /_emulator/state} shows: the company in numbers and every knob. No tokens. */
final class StateView {
  private final LiveCompany company;
  private final Controls controls;
  private final Clock clock;

  StateView(LiveCompany company, Controls controls, Clock clock) {
    this.company = company;
    this.controls = controls;
    this.clock = clock;
  }

  Map<String, Object> render() {
    CompanySnapshot s = company.snapshot();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("company", JsonMaps.of("id", s.companyId(), "name", s.companyName()));
    m.put("now", clock.instant().toString());
    long active = s.people().all().stream().filter(s.people()::isActive).count();
    m.put(
        "employees",
        JsonMaps.of(
            "total", s.people().size(), "active", active, "inactive", s.people().size() - active));
    m.put(
        "serviceUsers",
        s.access().users().stream()
            .map(u -> JsonMaps.of("id", u.id(), "permissionGroup", u.permissionGroup()))
            .toList());
    m.put("permissionGroups", List.copyOf(s.access().groups()));
    m.put("sections", s.sectionNames());
    m.put(
        "customFields",
        s.fields().all().stream()
            .filter(Field::custom)
            .map(
                f ->
                    JsonMaps.of(
                        "id", f.id(),
                        "name", f.name(),
                        "category", f.categoryId(),
                        "type", f.type(),
                        "listId", f.listId()))
            .toList());
    m.put("namedLists", s.lists().all().stream().map(NamedList::name).toList());
    m.put(
        "timeOff",
        JsonMaps.of(
            "requests", s.timeOff().requests().size(), "changes", s.timeOff().changeCount()));
    m.put("policyTypes", s.policyTypes());
    m.put("webhooks", company.webhookUrls());
    m.put("faults", controls.faults().settings());
    m.put("rateLimits", controls.limits());
    m.put("stats", controls.counters().snapshot());
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    m.put(
        "jvm",
        JsonMaps.of(
            "heapUsedBytes", heap.getUsed(),
            "heapCommittedBytes", heap.getCommitted(),
            "heapMaxBytes", heap.getMax()));
    return m;
  }
}
