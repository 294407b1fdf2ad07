package dev.bobsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bobsync.emulator.remote.EmploymentType;
import dev.bobsync.hibob.EmployeeJson;
import dev.bobsync.http.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The "1 % changed" scenario: HR edits 1 % of the company, each edit a person the sync created in
 * Remote and a field that must follow there. Right after the initial sync every employment is
 * {@code created}, where rule R6 syncs name, start date, job title and e-mail; the edits take turns
 * among job title, surname and start date (a week later, still in the future). Contractors are left
 * out: Remote's API takes no update of a contractor.
 */
final class Edits {
  private static final List<String> FIELDS = List.of("root.id", "work.startDate");

  private final ObjectMapper json = Json.newMapper();

  /** How many people 1 % of a company of {@code people} is: one at least. */
  static int onePercentOf(int people) {
    return Math.max(1, (int) Math.round(people / 100.0));
  }

  /**
   * Edits {@code count} of the world's selected people, picked with {@code seed}; returns how many
   * were edited (fewer when fewer are selected).
   */
  int apply(BenchWorld world, int count, long seed) {
    Set<String> selected = new HashSet<>(world.selected);
    Map<String, JsonNode> current = new HashMap<>();
    world
        .setupHibob()
        .searchPeople(
            FIELDS,
            false,
            p -> {
              String id = EmployeeJson.text(p, "root.id");
              if (selected.contains(id)) {
                current.put(id, p);
              }
            });
    // Remote's API takes no update of a contractor, so no sync can write a contractor's edit.
    Set<String> updatable = new HashSet<>();
    world.remoteCompany().employments().stream()
        .filter(e -> e.type() != EmploymentType.CONTRACTOR && e.externalId() != null)
        .forEach(e -> updatable.add(e.externalId()));
    List<String> people = new ArrayList<>(world.selected);
    people.retainAll(updatable);
    Collections.shuffle(people, new Random(seed));
    int edited = 0;
    for (String id : people.subList(0, Math.min(count, people.size()))) {
      world.hibob.company().patchEmployee(id, edit(edited, current.get(id)));
      edited++;
    }
    return edited;
  }

  private ObjectNode edit(int n, JsonNode now) {
    ObjectNode patch = json.createObjectNode();
    switch (n % 3) {
      case 0 -> patch.putObject("work").put("title", "Benchmark Specialist " + n);
      case 1 -> patch.put("surname", "Benchmark-" + n);
      default -> {
        LocalDate start = LocalDate.parse(EmployeeJson.text(now, "work.startDate"));
        patch.putObject("work").put("startDate", start.plusWeeks(1).toString());
      }
    }
    return patch;
  }
}
