package dev.bobsync.http;

/**
 * Told of every request a client sends and every 429 it gets, by budget: an integration id (or a
 * connection check's key) and the API, {@code hibob} or {@code remote}. For metrics.
 */
public interface CallObserver {
  CallObserver NONE =
      new CallObserver() {
        @Override
        public void sent(String budget, String api) {}

        @Override
        public void rateLimited(String budget, String api) {}
      };

  void sent(String budget, String api);

  void rateLimited(String budget, String api);
}
