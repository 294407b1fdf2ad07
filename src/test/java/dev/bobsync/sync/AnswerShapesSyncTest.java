package dev.bobsync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobsync.emulator.hibob.AnswerShapes;
import dev.bobsync.emulator.hibob.HibobCompany;
import dev.bobsync.store.Integration;
import dev.bobsync.store.PersonRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The employee sync comes to the same result whichever of HiBob's documented shapes its answers
 * take: employees nested, slash-keyed (values wrapped or bare) or both; field metadata a bare array
 * or wrapped, with {@code category}, {@code categoryId} or both.
 */
class AnswerShapesSyncTest {
  @TempDir Path dir;

  /** Each person's status, reason and Remote id after a first sync in {@code shapes}. */
  private Map<String, String> outcome(AnswerShapes shapes, String name) {
    HibobCompany company =
        HibobCompany.fromFixture(SyncHarness.resource("sync/hibob.json")).withShapes(shapes);
    try (SyncHarness h = new SyncHarness(dir.resolve(name), company)) {
      Integration acme = h.addAcme();
      SyncReport report = h.sync(acme);
      assertThat(report.error()).as(name).isNull();
      Map<String, String> out = new TreeMap<>();
      for (PersonRecord p : h.store.people().all(acme.id())) {
        out.put(
            p.hibobId(),
            p.status() + " " + p.reasonCode() + " " + (p.remoteId() == null ? "-" : "linked"));
      }
      out.put("created", String.valueOf(report.counts().created()));
      return out;
    }
  }

  @Test
  void R11_everyDocumentedAnswerShapeSyncsTheSamePeopleTheSameWay() {
    Map<String, String> nestedAndSlash = outcome(AnswerShapes.DEFAULT, "default");
    assertThat(nestedAndSlash.get("created")).isEqualTo("3");
    List<AnswerShapes> variants =
        List.of(
            new AnswerShapes(
                AnswerShapes.People.NESTED,
                AnswerShapes.FieldList.WRAPPED,
                AnswerShapes.FieldCategory.CATEGORY,
                true),
            new AnswerShapes(
                AnswerShapes.People.SLASH,
                AnswerShapes.FieldList.ARRAY,
                AnswerShapes.FieldCategory.CATEGORY_ID,
                true),
            new AnswerShapes(
                AnswerShapes.People.SLASH_BARE,
                AnswerShapes.FieldList.WRAPPED,
                AnswerShapes.FieldCategory.BOTH,
                false));
    for (AnswerShapes shapes : variants) {
      assertThat(outcome(shapes, shapes.toJson().values().toString().replaceAll("\\W", "")))
          .as(shapes.toJson().toString())
          .isEqualTo(nestedAndSlash);
    }
  }
}
