package dev.bobsync.emulator.hibob;

import dev.bobsync.emulator.hibob.ApiGate.ApiHandler;
import dev.bobsync.emulator.hibob.RateLimits.Bucket;
import io.javalin.config.RoutesConfig;

/** Registers HiBob routes behind the gate, each counted under its route template. */
final class ApiRoutes {
  private final RoutesConfig routes;
  private final ApiGate gate;

  ApiRoutes(RoutesConfig routes, ApiGate gate) {
    this.routes = routes;
    this.gate = gate;
  }

  void get(String path, Bucket bucket, ApiHandler handler) {
    routes.get(path, gate.wrap("GET", path, bucket, handler));
  }

  void post(String path, Bucket bucket, ApiHandler handler) {
    routes.post(path, gate.wrap("POST", path, bucket, handler));
  }

  void put(String path, Bucket bucket, ApiHandler handler) {
    routes.put(path, gate.wrap("PUT", path, bucket, handler));
  }
}
