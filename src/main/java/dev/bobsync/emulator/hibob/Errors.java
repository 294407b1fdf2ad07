package dev.bobsync.emulator.hibob;

import io.javalin.config.RoutesConfig;
import java.time.DateTimeException;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns failures into HiBob-shaped answers, never a stack trace. */
final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes, Replies replies) {
    routes.exception(
        ApiError.class, (e, ctx) -> replies.error(ctx, e.status(), e.key(), e.getMessage()));
    routes.exception(
        NoSuchElementException.class,
        (e, ctx) -> replies.error(ctx, 404, "exception.not.found", e.getMessage()));
    routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> replies.error(ctx, 400, "exception.bad.request", e.getMessage()));
    routes.exception(
        DateTimeException.class,
        (e, ctx) -> replies.error(ctx, 400, "exception.bad.request", e.getMessage()));
    routes.exception(
        IllegalStateException.class,
        (e, ctx) -> replies.error(ctx, 409, "exception.conflict", e.getMessage()));
    routes.exception(
        SecurityException.class,
        (e, ctx) -> replies.error(ctx, 403, "exception.permission.denied", e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.warn(
              "emulator failed on {} {}: {}",
              ctx.method(),
              ctx.path(),
              e.getClass().getSimpleName(),
              e);
          replies.error(ctx, 500, "exception.internal", "Internal error");
        });
  }
}
