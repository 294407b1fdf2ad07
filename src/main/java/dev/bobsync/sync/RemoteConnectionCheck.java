package dev.bobsync.sync;

import dev.bobsync.hibob.AccessCheck;
import dev.bobsync.hibob.AccessReport;
import dev.bobsync.hibob.FieldMeta;
import dev.bobsync.hibob.HibobClient;
import dev.bobsync.http.ApiAuthException;
import dev.bobsync.http.ApiException;
import dev.bobsync.http.ApiProtocolException;
import dev.bobsync.remote.RemoteClient;
import java.util.List;

/**
 * Checks a HiBob -> Remote integration at once (rule C1): HiBob credentials and permissions (C2,
 * C3), the "Sync to Remote" field (R1, created when absent) and Remote's API token.
 */
public final class RemoteConnectionCheck {
  private RemoteConnectionCheck() {}

  public static ConnectionReport run(
      HibobClient hibob, RemoteClient remote, RemoteSettings settings) {
    List<FieldMeta> metadata;
    try {
      metadata = hibob.fields();
    } catch (ApiException e) {
      return new ConnectionReport(
          AccessCheck.failure(e), checkRemote(remote), settings, List.of(), List.of());
    }
    SyncFieldSetup.Result setup = new SyncFieldSetup(hibob).ensure(settings, metadata);
    AccessReport access =
        new AccessCheck(hibob).run(SyncFields.needed(setup.settings().syncFieldId()), false);
    return new ConnectionReport(
        access, checkRemote(remote), setup.settings(), setup.done(), setup.missingPermissions());
  }

  /** One cheap call that needs a valid company token; {@code null} when it works. */
  private static String checkRemote(RemoteClient remote) {
    if (remote == null) {
      return null;
    }
    try {
      remote.managers();
      return null;
    } catch (ApiAuthException e) {
      return "Remote refused the API token (HTTP "
          + e.status()
          + "). Generate a company API token in Remote (a sandbox token starts with ra_test_, a"
          + " production one with ra_live_) and enter it again.";
    } catch (ApiProtocolException e) {
      return "Remote answered with "
          + (e.notJson() ? "a web page" : "something")
          + ", not its API: check the Remote API address (https://gateway.remote.com, sandbox:"
          + " https://gateway.remote-sandbox.com).";
    } catch (ApiException e) {
      return e.status() == 0
          ? "Remote could not be reached: " + e.getMessage() + ". Check the API address."
          : e.getMessage();
    }
  }
}
