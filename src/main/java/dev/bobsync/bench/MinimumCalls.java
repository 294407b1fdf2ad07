package dev.bobsync.bench;

import java.util.Map;

/**
 * The fewest calls any correct sync needs. HiBob: one people search (the whole company in one
 * answer) and the field metadata, plus one read of the time-off change feed when time off is
 * synced. Remote writes, in Remote's own flow: one create (basic information only) per new hire,
 * plus one update carrying the other forms for each new hire that has a form to send; one update
 * per person changed later. Remote reads: on the first run a listing of every employment (100 a
 * page, one page at least, to know who is there before creating anyone) and each country form used
 * once (its schema, to check a form before sending it); later, only the employments not yet active
 * can have changed in Remote, so one listing per such status, page by page, or the full listing
 * when that is fewer pages. In the benchmark's scenarios nobody is active in Remote, so no time off
 * can be booked and the time off part needs nothing from Remote.
 *
 * @param hibob HiBob calls of the employee sync
 * @param timeOffFeed HiBob calls of the time-off sync: the change feed, or none
 */
record MinimumCalls(int hibob, int timeOffFeed, int remoteReads, int remoteWrites) {
  /** Remote's largest page. */
  static final int PAGE = 100;

  /** The employee sync's HiBob calls: field metadata and one people search. */
  static final int PEOPLE_HIBOB = 2;

  /**
   * A first run: {@code writes} creates and form updates, {@code formReads} country forms (country
   * and form pairs) read once each.
   */
  static MinimumCalls firstRun(RemoteCensus remote, int writes, int formReads, boolean timeOff) {
    return new MinimumCalls(
        PEOPLE_HIBOB, feed(timeOff), fullListing(remote.listed()) + formReads, writes);
  }

  static MinimumCalls laterRun(RemoteCensus remote, int writes, boolean timeOff) {
    int byStatus = 0;
    for (int count : remote.notYetActive().values()) {
      byStatus += pages(count);
    }
    return new MinimumCalls(
        PEOPLE_HIBOB, feed(timeOff), Math.min(byStatus, fullListing(remote.listed())), writes);
  }

  static int pages(int items) {
    return (items + PAGE - 1) / PAGE;
  }

  private static int feed(boolean timeOff) {
    return timeOff ? 1 : 0;
  }

  private static int fullListing(int listed) {
    return Math.max(1, pages(listed));
  }

  /** Every HiBob call, time-off feed included. */
  int hibobTotal() {
    return hibob + timeOffFeed;
  }

  int remote() {
    return remoteReads + remoteWrites;
  }

  int total() {
    return hibobTotal() + remote();
  }

  /** The employee sync's share: everything but the time-off feed. */
  int people() {
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
