package dev.bobsync.remote;

import java.util.List;

/** One page of {@code GET /v1/employments}. */
public record EmploymentPage(
    List<Employment> employments, int page, int totalPages, int totalCount) {
  public EmploymentPage {
    employments = List.copyOf(employments);
  }

  public boolean last() {
    return page >= totalPages;
  }
}
