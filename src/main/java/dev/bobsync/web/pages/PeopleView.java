package dev.bobsync.web.pages;

import dev.bobsync.store.PersonRecord;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The People tab: one page of people with their status and reason (rule R11).
 *
 * @param change {@code created} or {@code updated} when only those a run changed are listed
 * @param runId the run of {@code change}
 */
public record PeopleView(
    String id,
    String name,
    String status,
    String query,
    int total,
    List<PersonRecord> people,
    int page,
    int pages,
    String remoteUrl,
    String change,
    String runId) {

  public static final int PAGE_SIZE = 50;

  /** Where the admin can see the Remote profile. */
  public String remoteLink(String remoteId) {
    return RemoteLinks.profile(remoteUrl, remoteId);
  }

  public String pageLink(int n) {
    StringBuilder link = new StringBuilder("/integrations/" + id + "/people?page=" + n);
    if (status != null) {
      link.append("&status=").append(status);
    }
    if (change != null) {
      link.append("&change=").append(change).append("&run=").append(runId);
    }
    if (query != null && !query.isEmpty()) {
      link.append("&q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
    return link.toString();
  }
}
