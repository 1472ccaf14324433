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

  @org.junit.jupiter.api.Test
  void hostileExpressionsAreUsageErrorsNotStackOverflows() {
    String deep = "(".repeat(10_000) + "tag=x" + ")".repeat(10_000);
    dev.evident.model.EvidentException e = org.junit.jupiter.api.Assertions.assertThrows(
        dev.evident.model.EvidentException.class, () -> Query.parse(deep));
    assertTrue(e.getMessage().contains("over the 16384 limit"), e.getMessage());
    String nested = "(".repeat(65) + "tag=x" + ")".repeat(65);
    e = org.junit.jupiter.api.Assertions.assertThrows(dev.evident.model.EvidentException.class,
        () -> Query.parse(nested));
    assertTrue(e.getMessage().contains("parentheses nested deeper than 64"), e.getMessage());
    assertTrue(Query.parse("(".repeat(64) + "tag=x" + ")".repeat(64)) != null);
    // 3,000 "not" and a 1,200-term "or" chain parse and test without deep recursion
    Query nots = Query.parse("not ".repeat(3_000) + "tag=x");
    StringBuilder chain = new StringBuilder("tag=t0");
    for (int i = 1; i < 1_200; i++) {
      chain.append(" or tag=t").append(i);
    }
    Query or = Query.parse(chain.toString());
    dev.evident.model.Claim c = dev.evident.store.Fixtures.claim("a-1", "S.").toBuilder()
        .tags(java.util.List.of("t1199")).build();
    assertTrue(or.test(c, null));
    assertTrue(!nots.test(c, null), "3,000 nots cancel out, and the claim has no tag x");
    assertTrue(Query.parse("not ".repeat(3_001) + "tag=x").test(c, null), "an odd number");
  }
}
