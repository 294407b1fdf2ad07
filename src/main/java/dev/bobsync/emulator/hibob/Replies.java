package dev.bobsync.emulator.hibob;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bobsync.emulator.Faults;
import dev.bobsync.emulator.Responses;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads request bodies and writes answers: JSON, streamed JSON, HiBob errors and HTML. */
final class Replies {
  /** Writes a body onto a generator, so large answers never exist as one string. */
  @FunctionalInterface
  interface BodyWriter {
    void write(JsonGenerator generator) throws IOException;
  }

  /** What HiBob's front end answers for a path it does not know: a page, with 200. */
  static final String UNKNOWN_PATH_PAGE =
      "<!DOCTYPE html><html><head><title>bob</title></head><body><div id=\"app\"></div></body></html>";

  private static final Logger log = LoggerFactory.getLogger(Replies.class);

  private final ObjectMapper mapper;
  private final Faults faults;

  Replies(ObjectMapper mapper, Faults faults) {
    this.mapper = mapper;
    this.faults = faults;
  }

  /** Replies no fault acts on, for the control API. */
  static Replies withoutFaults(ObjectMapper mapper) {
    return new Replies(mapper, new Faults(0));
  }

  /** The body as JSON; an empty body is a missing node. */
  JsonNode body(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("exception.bad.request", "the request body is not valid JSON");
    }
  }

  /** The body bound to a record; a record's own check explains what is wrong. */
  <T> T body(Context ctx, Class<T> type) {
    return convert(body(ctx), type);
  }

  <T> T convert(JsonNode node, Class<T> type) {
    try {
      return mapper.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      String why =
          cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
      throw ApiError.badRequest(
          "exception.bad.request", "not a valid " + type.getSimpleName() + ": " + why);
    }
  }

  /** A JSON answer; a pending truncation fault cuts it in half. */
  void json(Context ctx, int status, Object body) {
    try {
      Responses.json(ctx, status, mapper.writeValueAsBytes(body), faults);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 200 JSON answer streamed onto the response, or buffered and cut when truncation is due. */
  void stream(Context ctx, BodyWriter writer) throws IOException {
    ctx.status(200).contentType("application/json");
    if (faults.takeTruncation()) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      try (JsonGenerator g = mapper.getFactory().createGenerator(buffer)) {
        writer.write(g);
      }
      byte[] full = buffer.toByteArray();
      ctx.result(Arrays.copyOf(full, full.length / 2));
      return;
    }
    try (JsonGenerator g = mapper.getFactory().createGenerator(ctx.outputStream())) {
      writer.write(g);
    } catch (IOException clientGone) {
      // the answer is committed; a caller that stops reading halfway is not the emulator's error
      log.debug("streamed answer to {} cut short: {}", ctx.path(), clientGone.toString());
    }
  }

  /** HiBob's error shape; never truncated, so tests of error handling stay readable. */
  void error(Context ctx, int status, String key, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("key", key);
    body.put("error", message);
    try {
      ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  void html(Context ctx, int status, String page) {
    ctx.status(status).html(page);
  }
}
