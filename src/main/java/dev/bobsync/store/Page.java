package dev.bobsync.store;

import java.util.List;

/** One page of a query's results and the total number of results across all pages. */
public record Page<T>(List<T> items, int total) {
  public Page {
    items = List.copyOf(items);
  }
}
