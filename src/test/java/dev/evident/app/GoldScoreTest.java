package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Direction;
import dev.evident.model.Gold;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldScoreTest {
  private static Gold.Sentence mech(String text, String subject, String object, Direction d) {
    return new Gold.Sentence(Gold.Label.MECHANISM, text, subject, object, d, false, false);
  }

  private static Mechanism m(String subject, Relation r, String object) {
    return new Mechanism(subject, r, object, r.direction(), false, false);
  }

  @Test
  void aQuoteMatchesInsideItsSentenceOrCoveringHalfItsWords() {
    assertTrue(GoldScore.matches("IL-6 drives\n fever.", "Here, IL-6 drives fever."));
    assertTrue(GoldScore.matches("Hypoxia induces VEGF in tumour cells and", "Hypoxia induces "
        + "VEGF in tumour cells."), "half the words are enough");
    assertFalse(GoldScore.matches("Insulin lowers glucose.", "Glucagon raises blood glucose "
        + "levels in the fasting state."));
    assertTrue(GoldScore.matches("PD-\nL1 blocks T cells.", "PD-L1 blocks T cells."),
        "a line-wrap hyphen joins");
  }

  @Test
  void countsPrecisionRecallAndTriples() {
    List<Gold.Sentence> gold = List.of(
        mech("TNF promotes insulin resistance.", "TNF", "insulin resistance", Direction.INCREASES),
        mech("Leptin suppresses appetite.", "leptin", "appetite", Direction.DECREASES),
        new Gold.Sentence(Gold.Label.BORDERLINE, "Obesity correlates with gout.", null, null,
            null, null, null));
    GoldScore.Counts c = GoldScore.score(List.of(
        new GoldScore.Claimed("TNF promotes insulin resistance.",
            m("TNF", Relation.PROMOTES, "insulin resistance in adipocytes")),
        new GoldScore.Claimed("Obesity correlates with gout.",
            m("obesity", Relation.ASSOCIATED_WITH, "gout")),
        new GoldScore.Claimed("Exercise is healthy.", m("exercise", Relation.PROMOTES, "health"))),
        gold);
    assertEquals(3, c.claims());
    assertEquals(2, c.matchedClaims(), "a borderline sentence is not a false positive");
    assertEquals(2, c.mechanisms());
    assertEquals(1, c.recalled());
    assertEquals(List.of("Leptin suppresses appetite."), c.missed());
    assertEquals(List.of("Exercise is healthy."), c.falsePositives());
    assertEquals(1, c.triples());
    assertEquals(1, c.triplesRight());
  }

  @Test
  void aTripleAgreesOnlyWithTheSameAgentTargetDirectionAndNegation() {
    Gold.Sentence s = mech("x", "tumour necrosis factor", "insulin signalling",
        Direction.DECREASES);
    assertTrue(GoldScore.tripleAgrees(m("tumour necrosis factor alpha", Relation.INHIBITS,
        "insulin signalling in muscle"), s));
    assertFalse(GoldScore.tripleAgrees(m("insulin signalling", Relation.INHIBITS,
        "tumour necrosis factor"), s), "agent and target swapped");
    assertFalse(GoldScore.tripleAgrees(m("tumour necrosis factor", Relation.PROMOTES,
        "insulin signalling"), s), "the other direction");
    Mechanism negated = new Mechanism("tumour necrosis factor", Relation.INHIBITS,
        "insulin signalling", Direction.INCREASES, false, true);
    assertFalse(GoldScore.tripleAgrees(negated, s), "negation differs");
    assertFalse(GoldScore.tripleAgrees(m("initiated", Relation.INHIBITS, "insulin signalling"),
        s), "a participle is not the agent");
  }

  @Test
  void recordFactsCompareAsABibliographerWould() {
    assertTrue(EvalService.sameFact("doi", "10.1000/ABC.1", "https://doi.org/10.1000/abc.1"));
    assertTrue(EvalService.sameFact("pmcid", "PMC123", "123"));
    assertTrue(EvalService.sameFact("journal", "Mol. Cell. Biochem.", "Mol Cell Biochem"));
    assertTrue(EvalService.sameFact("title", "Gout: a review.", "Gout - a review"));
    assertFalse(EvalService.sameFact("title", "Gout: a review", "Gout in men: a review"));
    assertEquals("Chen", EvalService.familyName("Chen RX"));
    assertEquals("Chen", EvalService.familyName("Rui Chen"));
    assertEquals("van der Berg", EvalService.familyName("van der Berg J"));
    assertEquals("Chen", EvalService.familyName("Chen, Rui"));
  }
}
