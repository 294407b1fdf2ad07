package dev.bobsync.sync.timeoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.Faults;
import dev.bobsync.remote.RemoteClient;
import dev.bobsync.sync.plan.SyncType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who can take time off, as Remote has them now: one listing for many, reads by id for few. */
class PeopleViewTest {
  @TempDir Path dir;
  TimeOffHarness h;
  RemoteClient remote;

  @BeforeEach
  void start() {
    h = new TimeOffHarness(dir);
    remote = h.app.clients().remote("test", "acme", h.remote.baseUrl(), "ra_test_acme", 100_000);
  }

  @AfterEach
  void close() {
    h.close();
  }

  static Map<String, TimeOffPerson> people(String... employments) {
    Map<String, TimeOffPerson> people = new HashMap<>();
    for (String e : employments) {
      people.put(
          e, new TimeOffPerson(e, e, SyncType.EMPLOYEE, e, "active", null, null, null, null));
    }
    return people;
  }

  @Test
  void R9_manyPeopleAreReadWithOneListingOfActiveEmploymentsAndTheRestById() {
    List<String> ids = List.of("e-ana", "e-gus", "e-cleo", "e-nina", "e-sam", "e-gone");
    h.remote.resetRequestCounts();
    Map<String, TimeOffPerson> read =
        PeopleView.withRemote(people(ids.toArray(String[]::new)), ids, remote);
    assertThat(read.get("e-ana").active()).isTrue();
    assertThat(read.get("e-ana").countryCode()).isEqualTo("PRT");
    assertThat(read.get("e-gus").remoteType()).isEqualTo("global_payroll_employee");
    assertThat(read.get("e-cleo").contractor()).isTrue();
    assertThat(read.get("e-nina").remoteStatus()).isEqualTo("created");
    assertThat(read.get("e-gone").remoteStatus()).isEqualTo("deleted");
    // one page of active employments, then nina and the unknown one by id
    assertThat(h.remote.requests(TimeOffHarness.COMPANY).total()).isEqualTo(3);
  }

  @Test
  void R9_whenRemoteCannotBeReadThePeopleSaySo() {
    h.remote.faults().set(new Faults.Settings(0, 1, 503, 0, 0, 0));
    Map<String, TimeOffPerson> read =
        PeopleView.withRemote(people("e-ana"), List.of("e-ana"), remote);
    assertThat(read.get("e-ana").remoteProblem()).contains("Remote did not answer usably");
  }
}
