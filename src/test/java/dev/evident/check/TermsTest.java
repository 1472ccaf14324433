package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {
  private final Terms terms = Terms.builtIn();

  @Test
  void abbreviationsPluralsAndSpellingsMeetInOneKey() {
    assertEquals(terms.entityKey("epithelial-to-mesenchymal transition"), terms.entityKey("EMT"));
    assertEquals(terms.entityKey("Epithelial mesenchymal transition"), terms.entityKey("emt"));
    assertEquals(terms.entityKey("the extracellular matrix"), terms.entityKey("ECM"));
    assertEquals(terms.entityKey("circulating tumour cells"), terms.entityKey("CTCs"));
    assertEquals(terms.entityKey("metastases"), terms.entityKey("metastasis"));
    assertEquals(terms.entityKey("invasion of tumor cells"), terms.entityKey("Tumour cell invasion"));
    assertNotEquals(terms.entityKey("hypoxia"), terms.entityKey("angiogenesis"));
  }

  @Test
  void negationsSurviveNormalization() {
    List<String> t = terms.tokens("TGF-beta does not induce EMT, and no fibrosis without LOX");
    assertTrue(t.contains("not"), t.toString());
    assertTrue(t.contains("no"), t.toString());
    assertTrue(t.contains("without"), t.toString());
    assertNotEquals(terms.tokens("X does not promote Y"), terms.tokens("X does promote Y"));
  }

  @Test
  void learnsAbbreviationsDefinedInQuotes() {
    Terms learned = Terms.learn(List.of(
        "Lysyl oxidase (LOX) cross-links collagen.",
        "High mobility group box 1 (HMGB1) is released by dying cells.",
        "as seen in (Fig 2) and (see above)"));
    assertEquals("lysyl oxidase", learned.abbreviations().get("lox"));
    assertEquals("high mobility group box 1", learned.abbreviations().get("hmgb1"));
    assertEquals(learned.entityKey("lysyl oxidase"), learned.entityKey("LOX"));
    assertEquals(null, learned.abbreviations().get("fig"));
    // Without the definition the two stay apart.
    assertNotEquals(terms.entityKey("lysyl oxidase"), terms.entityKey("LOX"));
  }

  @Test
  void longFormFollowsSchwartzHearst() {
    assertEquals("tumor necrosis factor", Terms.longForm("TNF", "levels of tumor necrosis factor"));
    assertEquals(null, Terms.longForm("XYZ", "nothing matching here"));
  }

  @Test
  void singularRules() {
    assertEquals("cell", Terms.singular("cells"));
    assertEquals("pathway", Terms.singular("pathways"));
    assertEquals("process", Terms.singular("processes"));
    assertEquals("stress", Terms.singular("stress"));
    assertEquals("therapy", Terms.singular("therapies"));
    assertEquals("metastasis", Terms.word("metastases"));
  }
}
