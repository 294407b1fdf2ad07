package dev.bobsync.bench;

import java.util.Map;

/**
 * The fewest calls any correct sync needs, as issue 8 defines them. HiBob: one people search (the
 * whole company in one answer) and the field metadata, plus the time-off feed once time off is
 * synced. Remote writes: one per person to create or change. Remote reads: on the first run a
 * listing of every employment (100 a page, one page at least, to know who is there before creating
 * anyone); later, only the employments not yet active can have changed in Remote, so one listing
 * per such status, page by page, or the full listing when that is fewer pages.
 */
record MinimumCalls(int hibob, int remoteReads, int remoteWrites) {
  /** Remote's largest page. */
  static final int PAGE = 100;

  static MinimumCalls firstRun(RemoteCensus remote, int writes, boolean timeOff) {
    return new MinimumCalls(hibobReads(timeOff), fullListing(remote.listed()), writes);
  }

  static MinimumCalls laterRun(RemoteCensus remote, int writes, boolean timeOff) {
    int byStatus = 0;
    for (int count : remote.notYetActive().values()) {
      byStatus += pages(count);
    }
    return new MinimumCalls(
        hibobReads(timeOff), Math.min(byStatus, fullListing(remote.listed())), writes);
  }

  static int hibobReads(boolean timeOff) {
    return timeOff ? 3 : 2;
  }

  static int pages(int items) {
    return (items + PAGE - 1) / PAGE;
  }

  private static int fullListing(int listed) {
    return Math.max(1, pages(listed));
  }

  int remote() {
    return remoteReads + remoteWrites;
  }

  int total() {
    return hibob + remote();
  }

  /**
   * What Remote holds before a run: employments a listing shows, and those not yet active by
   * status.
   */
  record RemoteCensus(int listed, Map<String, Integer> notYetActive) {
    RemoteCensus {
      notYetActive = Map.copyOf(notYetActive);
    }
  }
}
