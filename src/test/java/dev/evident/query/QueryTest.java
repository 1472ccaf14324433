package dev.evident.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.LevelOverride;
import dev.evident.model.Status;
import dev.evident.store.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
  private final Claim c = Fixtures.claim("chen-2025-breast-4f2a9c", "Hypoxia promotes angiogenesis.")
      .toBuilder().tags(List.of("emt", "angiogenesis")).build();

  private boolean q(String expr) {
    return Query.parse(expr).test(c, null);
  }

  @Test
  void fieldsAndOperators() {
    assertTrue(q("tag=emt"));
    assertTrue(q("tag=EMT"));
    assertFalse(q("tag=ecm"));
    assertTrue(q("tag!=ecm"));
    assertTrue(q("level<=4"));
    assertFalse(q("level<4"));
    assertTrue(q("level=4 and status=extracted"));
    assertTrue(q("text~'promotes ANGIO'"));
    assertTrue(q("text~'prom.tes'"));
    assertTrue(q("subject~hypox and relation=promotes and object=angiogenesis"));
    assertTrue(q("hedged=false"));
    assertFalse(q("year>2000"), "no source, no year");
    assertTrue(q("design=review-cited"));
    assertTrue(q("source~chen"));
    assertTrue(q("text~'[4'"), "an invalid regex falls back to a substring");
  }

  @Test
  void booleanLogicAndPrecedence() {
    assertTrue(q("tag=emt and level<=4 and not status=rejected"));
    assertTrue(q("tag=ecm or tag=emt and level=4"));
    assertFalse(q("(tag=ecm or tag=emt) and level=5"));
    assertTrue(q("NOT (tag=ecm)"));
    assertTrue(q(""));
  }

  @Test
  void levelUsesTheOverride() {
    Claim o = c.toBuilder().status(Status.ACCEPTED).evidence(c.evidence().withOverride(
        new LevelOverride(2, "human tissue", "x"))).build();
    assertTrue(Query.parse("level=2 and status=accepted").test(o, null));
  }

  private static String error(String expr) {
    EvidentException e = assertThrows(EvidentException.class, () -> Query.parse(expr));
    assertEquals(EvidentException.Kind.USAGE, e.kind());
    return e.diagnostics().get(0).format();
  }

  @Test
  void errorsPointAtTheColumn() {
    assertEquals("--where:1:11: error: unknown field 'lvl'; fields are: id, tag, status, level, "
        + "source, relation, subject, object, text, statement, quote, hedged, negated, "
        + "direction, design, year, section, note, link, title, author, journal, doi, pmid, "
        + "pmcid, type, edited", error("tag=x and lvl<=4"));
    assertTrue(error("level<=x").startsWith("--where:1:8: error: 'level' needs a whole number"));
    assertTrue(error("(tag=x").startsWith("--where:1:7: error: expected ')'"));
    assertTrue(error("tag=x tag=y").startsWith("--where:1:7: error: unexpected 'tag'"));
    assertTrue(error("tag<x").startsWith("--where:1:4: error: '<' compares numbers"));
    assertTrue(error("tag='x").startsWith("--where:1:5: error: unterminated"));
    assertTrue(error("hedged=maybe").startsWith("--where:1:8: error: 'hedged' is true or false"));
    assertTrue(error("tag !").contains("'!' must be followed"));
  }
}
