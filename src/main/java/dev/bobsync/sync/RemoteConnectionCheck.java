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
 * C3), the "Sync to Remote" field (R1, created when absent), Remote's API token, company and legal
 * entities.
 */
public final class RemoteConnectionCheck {
  private RemoteConnectionCheck() {}

  public static ConnectionReport run(
      HibobClient hibob, RemoteClient remote, RemoteSettings settings) {
    List<FieldMeta> metadata;
    try {
      metadata = hibob.fields();
    } catch (ApiException e) {
      RemoteSettings[] discovered = {settings};
      String remoteProblem = checkRemote(remote, discovered);
      return new ConnectionReport(
          AccessCheck.failure(e), remoteProblem, discovered[0], List.of(), List.of());
    }
    SyncFieldSetup.Result setup = new SyncFieldSetup(hibob).ensure(settings, metadata);
    AccessReport access =
        new AccessCheck(hibob).run(SyncFields.needed(setup.settings().syncFieldId()), false);
    RemoteSettings[] discovered = {setup.settings()};
    String remoteProblem = checkRemote(remote, discovered);
    return new ConnectionReport(
        access, remoteProblem, discovered[0], setup.done(), setup.missingPermissions());
  }

  /**
   * Finds the token's company and lists its legal entities (two calls that need a valid company
   * token); {@code null} when that works.
   */
  private static String checkRemote(RemoteClient remote, RemoteSettings[] settings) {
    if (remote == null) {
      return null;
    }
    try {
      settings[0] = RemoteCompany.discover(remote, settings[0]);
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
