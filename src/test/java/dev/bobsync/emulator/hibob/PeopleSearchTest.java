package dev.bobsync.emulator.hibob;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeopleSearchTest {
  private final Api api = Api.example();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void acceptsAtMost400FieldIds() {
    String four00 =
        IntStream.range(0, 400).mapToObj(i -> "\"x.f" + i + "\"").collect(Collectors.joining(","));
    assertThat(api.post("/people/search", "{\"fields\": [" + four00 + "]}").status())
        .isEqualTo(200);
    Api.Response r = api.post("/people/search", "{\"fields\": [" + four00 + ", \"root.id\"]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("key").asText()).isEqualTo("exception.fields.limit");
  }

  @Test
  void allowsOneEqualsFilterOnRootIdOrRootEmailOnly() {
    String onTitle = filter("work.title", "equals", "\"x\"");
    String contains = filter("root.email", "contains", "\"ana\"");
    String two =
        "{\"filters\": [{\"fieldPath\": \"root.id\", \"operator\": \"equals\", \"values\": [\"1\"]},"
            + " {\"fieldPath\": \"root.id\", \"operator\": \"equals\", \"values\": [\"2\"]}]}";
    for (String body : List.of("{\"filters\": []}", onTitle, contains, two)) {
      Api.Response r = api.post("/people/search", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.json().get("key").asText()).isEqualTo("exception.search.filter");
    }
  }

  @Test
  void equalsFilterOnIdOrEmailFindsThoseEmployees() {
    assertThat(ids(api.search(filter("root.id", "equals", "\"" + Api.MEI + "\""))))
        .containsExactly(Api.MEI);
    assertThat(ids(api.search(filter("root.email", "equals", "\"ANA@acme.example\", \"x@y\""))))
        .containsExactly(Api.ANA);
  }

  @Test
  void showInactiveDefaultsToFalse() {
    assertThat(ids(api.search("{}"))).containsExactly(Api.ANA, Api.JO, Api.MEI);
    assertThat(ids(api.search("{\"showInactive\": true}")))
        .containsExactly(Api.ANA, Api.JO, Api.MEI, Api.LEE);
  }

  @Test
  void leaversNeedShowInactiveAndLifecycleStatusExistsAccessRights() {
    api.as("SERVICE-2", "secret-2");
    assertThat(ids(api.search("{\"showInactive\": true}"))).doesNotContain(Api.LEE);
  }

  @Test
  void humanReadableAppendAddsDisplayValuesBesideRawOnes() {
    JsonNode jo =
        api.search(
                "{\"humanReadable\": \"APPEND\", \"filters\": [{\"fieldPath\": \"root.id\","
                    + " \"operator\": \"equals\", \"values\": [\""
                    + Api.JO
                    + "\"]}], \"fields\": [\"work.department\", \"work.startDate\", \""
                    + Api.SYNC_FIELD
                    + "\", \"category_1690000000000.field_1690000000101\","
                    + " \"payroll.employment.weeklyHours\", \"root.secondName\"]}")
            .get(0);
    assertThat(jo.at("/work/department").asText()).isEqualTo("101");
    assertThat(jo.at("/work/startDate").asText()).isEqualTo("2027-01-04");
    assertThat(jo.at("/work/custom/field_1700000000001").asText()).isEqualTo("1");
    JsonNode human = jo.get("humanReadable");
    assertThat(human.at("/work/department").asText()).isEqualTo("R&D");
    assertThat(human.at("/work/startDate").asText()).isEqualTo("04/01/2027");
    assertThat(human.at("/work/custom/field_1700000000001").asText()).isEqualTo("As employee");
    assertThat(human.at("/category_1690000000000/field_1690000000101").asText()).isEqualTo("Yes");
    assertThat(human.at("/payroll/employment/weeklyHours").asText()).isEqualTo("40");
    assertThat(jo.has("secondName")).isTrue();
    assertThat(human.has("secondName")).isFalse();
  }

  @Test
  void humanReadableReplacePutsDisplayValuesInPlace() {
    JsonNode jo =
        api.search(
                "{\"humanReadable\": \"REPLACE\", \"fields\": [\"work.department\", \""
                    + Api.SYNC_FIELD
                    + "\"], "
                    + filter("root.id", "equals", "\"" + Api.JO + "\"").substring(1))
            .get(0);
    assertThat(jo.at("/work/department").asText()).isEqualTo("R&D");
    assertThat(jo.at("/work/custom/field_1700000000001").asText()).isEqualTo("As employee");
    assertThat(jo.has("humanReadable")).isFalse();
  }

  @Test
  void withoutFieldsAnswersBasicInfoAboutEmploymentAndWorkButNoCustomFields() {
    JsonNode jo = byId(api.search("{}"), Api.JO);
    assertThat(jo.get("email").asText()).isEqualTo("jo@acme.example");
    assertThat(jo.at("/work/title").isMissingNode()).isFalse();
    assertThat(jo.at("/payroll/employment/weeklyHours").asInt()).isEqualTo(40);
    assertThat(jo.at("/work/custom").isMissingNode()).isTrue();
    assertThat(jo.at("/payroll/salary").isMissingNode()).isTrue();
    assertThat(jo.has("home")).isFalse();
    assertThat(jo.has("address")).isFalse();
  }

  @Test
  void customFieldsComeBackOnlyWhenAskedForById() {
    assertThat(byId(api.search("{}"), Api.JO).at("/work/custom").isMissingNode()).isTrue();
    JsonNode jo = api.searchOne(Api.JO, "[\"" + Api.SYNC_FIELD + "\"]");
    assertThat(jo.at("/work/custom/field_1700000000001").asText()).isEqualTo("1");
  }

  @Test
  void hiddenAndUnknownFieldsAreSilentlyDropped() {
    api.as("SERVICE-2", "secret-2");
    Api.Response r =
        api.post(
            "/people/search",
            "{\"fields\": [\"root.email\", \"payroll.salary.yearlyPayment\", \"home.privateEmail\","
                + " \"no.such.field\", \"work.custom.field_999\"]}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode ana = byId(r.json().get("employees"), Api.ANA);
    assertThat(fieldNames(ana)).containsExactly("id", "email", "/root/id", "/root/email");
  }

  @Test
  void sensitiveFieldsNeedViewAndEditOnTheirSection() {
    String fields =
        "[\"identification.ssn\", \"personal.birthDate\", \"personal.age\","
            + " \"personal.nationality\"]";
    JsonNode visible = api.searchOne(Api.JO, fields);
    assertThat(visible.at("/identification/ssn").asText()).isEqualTo("123-45-6789");
    assertThat(visible.at("/personal/birthDate").asText()).isEqualTo("1992-11-30");
    assertThat(visible.at("/personal/age").asInt()).isEqualTo(33);

    api.emulator.company().replacePermissionGroup(group("identification", "personal"));
    JsonNode hidden = api.searchOne(Api.JO, fields);
    assertThat(hidden.has("identification")).isFalse();
    assertThat(fieldNames(hidden.get("personal"))).containsExactly("nationality");
  }

  @Test
  void visibilityFollowsTheFieldsCategoryNotItsPathPrefix() {
    api.emulator.company().replacePermissionGroup(group("home", "employment"));
    JsonNode ana =
        api.searchOne(
            Api.ANA,
            "[\"home.privateEmail\", \"home.legalGender\", \"payroll.employment.weeklyHours\","
                + " \"payroll.salary.yearlyPayment\", \"root.state\"]");
    assertThat(fieldNames(ana.get("home"))).containsExactly("legalGender");
    assertThat(fieldNames(ana.get("payroll"))).containsExactly("employment");
    assertThat(ana.has("state")).isFalse();
  }

  @Test
  void customFieldsInCustomSectionsNeedThatSection() {
    String benefits = "[\"category_1690000000000.field_1690000000101\"]";
    assertThat(
            api.searchOne(Api.JO, benefits)
                .at("/category_1690000000000/field_1690000000101")
                .asBoolean())
        .isTrue();
    api.emulator.company().replacePermissionGroup(group("work"));
    assertThat(api.searchOne(Api.JO, benefits).has("category_1690000000000")).isFalse();
  }

  @Test
  void answersNestedObjectsWithSlashKeysForNonNullValues() {
    JsonNode jo =
        api.searchOne(
            Api.JO, "[\"root.email\", \"work.reportsTo\", \"work.title\", \"root.secondName\"]");
    assertThat(jo.at("/work/reportsTo/id").asText()).isEqualTo(Api.ANA);
    assertThat(jo.at("/work/reportsTo/email").asText()).isEqualTo("ana@acme.example");
    assertThat(jo.at("/work/reportsTo/displayName").asText()).isEqualTo("Ana Lima");
    assertThat(jo.get("/root/email").get("value").asText()).isEqualTo("jo@acme.example");
    assertThat(jo.has("/work/title")).isTrue();
    assertThat(jo.get("secondName").isNull()).isTrue();
    assertThat(jo.has("/root/secondName")).isFalse();
  }

  @Test
  void listFieldsAnswerTheItemIdNotItsName() {
    assertThat(
            api.searchOne(Api.MEI, "[\"" + Api.SYNC_FIELD + "\"]")
                .at("/work/custom/field_1700000000001")
                .asText())
        .isEqualTo("3");
  }

  /** A group with view (and edit) on the given sections only, seeing leavers. */
  private static PermissionGroup group(String... viewOnlySections) {
    Map<String, Set<PermissionGroup.Action>> people = new HashMap<>();
    people.put("root", Set.of(PermissionGroup.Action.VIEW));
    for (String s : viewOnlySections) {
      people.put(s, Set.of(PermissionGroup.Action.VIEW));
    }
    return new PermissionGroup(
        "Integrations", people, Set.of(), PermissionGroup.AccessRights.LIFECYCLE_STATUS_EXISTS);
  }

  private static String filter(String path, String operator, String values) {
    return "{\"filters\": [{\"fieldPath\": \""
        + path
        + "\", \"operator\": \""
        + operator
        + "\", \"values\": ["
        + values
        + "]}]}";
  }

  static List<String> ids(JsonNode employees) {
    List<String> ids = new ArrayList<>();
    employees.forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }

  static JsonNode byId(JsonNode employees, String id) {
    for (JsonNode e : employees) {
      if (e.get("id").asText().equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no employee " + id + " in " + employees);
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
