package dev.bobsync.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobsync.store.SyncRun;
import dev.bobsync.words.RunSummaries;

/** One run in the history: what it was, and its counts in words. */
public record RunView(SyncRun run, String what, String summary) {

  static RunView of(SyncRun run, ObjectMapper json) {
    return new RunView(
        run,
        RunSummaries.kind(run.kind()),
        new RunSummaries(json).counts(run.kind(), run.countsJson()));
  }
}
