package dev.bobsync.sync.plan;

import java.util.List;

/** Every selected person's planned action, in snapshot order. */
public record Plan(List<PlanItem> items) {
  public Plan {
    items = List.copyOf(items);
  }

  public long count(Class<? extends PlanItem> kind) {
    return items.stream().filter(kind::isInstance).count();
  }
}
