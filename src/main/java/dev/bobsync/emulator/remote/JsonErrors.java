package dev.bobsync.emulator.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JSON answers outside the vendor routes: unknown paths, control API answers and errors. */
final class JsonErrors {
  private static final Logger log = LoggerFactory.getLogger(JsonErrors.class);

  private JsonErrors() {}

  static void register(RoutesConfig routes, ObjectMapper mapper) {
    routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.body(), mapper));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, e.getStatus(), Map.of("message", e.getMessage()), mapper));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getSimpleName(), e);
          write(ctx, 500, Map.of("message", "Internal server error"), mapper);
        });
  }

  /** Writes {@code body} as JSON, without faults. */
  static void write(Context ctx, int status, Object body, ObjectMapper mapper) {
    try {
      ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write error answer", e);
    }
  }
}
