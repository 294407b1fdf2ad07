package dev.bobsync.emulator;

import io.javalin.http.Context;
import java.util.Arrays;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** Writing emulator answers, with the faults that act on a body or a connection. */
public final class Responses {
  private Responses() {}

  /** Writes a JSON body, or only its first half when a truncation fault is pending. */
  public static void json(Context ctx, int status, byte[] body, Faults faults) {
    ctx.status(status).contentType("application/json");
    if (faults.takeTruncation()) {
      ctx.result(Arrays.copyOf(body, body.length / 2));
    } else {
      ctx.result(body);
    }
  }

  /**
   * Closes the client's connection without an answer: the write the request made stays committed,
   * but the caller sees a transport error, as after a lost response.
   */
  public static void dropConnection(Context ctx) {
    ServletContextRequest.getServletContextRequest(ctx.req())
        .getConnectionMetaData()
        .getConnection()
        .getEndPoint()
        .close();
  }
}
