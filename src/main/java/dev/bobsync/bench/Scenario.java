package dev.bobsync.bench;

/** What a benchmark measures, in the order it runs them on one company. */
enum Scenario {
  /** Every selected person is a new hire, none is in Remote yet. */
  INITIAL("initial", "initial sync"),
  /** The same again, nothing changed. */
  RESYNC("resync", "no-change resync"),
  /** 1 % of the company edited in HiBob. */
  ONE_PERCENT("one-percent", "1 % changed"),
  /** One change at a time, announced by HiBob's webhook. */
  WEBHOOK("webhook", "single change by webhook");

  private final String id;
  private final String label;

  Scenario(String id, String label) {
    this.id = id;
    this.label = label;
  }

  String id() {
    return id;
  }

  String label() {
    return label;
  }
}
