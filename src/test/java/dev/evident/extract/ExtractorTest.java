package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.ingest.Bibliography;
import dev.evident.ingest.Block;
import dev.evident.ingest.BlockKind;
import dev.evident.ingest.Document;
import dev.evident.model.Design;
import dev.evident.model.Direction;
import dev.evident.model.PublicationType;
import dev.evident.model.QuoteText;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.Tag;
import dev.evident.model.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorTest {
  private final Extractor extractor = new Extractor(Vocabulary.defaults());

  private static Bibliography bib(PublicationType type, Boolean peer) {
    return new Bibliography(null, null, null, null, null, null, null, null, null, null, type,
        peer, null);
  }

  /** One block per blank-line paragraph, all of one kind. */
  private static Document doc(String text, BlockKind kind, Bibliography bib) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    for (String para : text.split("\n\n", -1)) {
      blocks.add(new Block("body", kind, i, i + para.length()));
      i += para.length() + 2;
    }
    return new Document("t.txt", text, SeedFormat.PLAIN_TEXT, bib, blocks, false);
  }

  private List<Extraction> run(String text) {
    return extractor.extract(doc(text, BlockKind.BODY, bib(PublicationType.REVIEW, true)));
  }

  @Test
  void offsetsAndQuoteAreExact() {
    String text = "Intro line without a claim here.\n\nHypoxia in the lung promotes\nfibro-\n"
        + "blast proliferation [3]. Nothing else happens.";
    List<Extraction> out = run(text);
    assertEquals(1, out.size());
    Extraction e = out.get(0);
    assertEquals(QuoteText.normalize(text.substring(e.start(), e.end())), e.quote());
    assertEquals("Hypoxia in the lung promotes fibro-blast proliferation [3].", e.quote());
    assertEquals("body", e.section());
  }

  @Test
  void statementDropsMarkersCitationsAndMarkup() {
    Extraction e = run("Moreover, **TNF-alpha** promotes insulin resistance [4, 5]").get(0);
    assertEquals("TNF-alpha promotes insulin resistance.", e.statement());
    assertEquals("TNF-alpha", e.mechanism().subject());
    assertEquals(Direction.INCREASES, e.mechanism().direction());
  }

  @Test
  void thisTransitionResolvesToTheDefinedAcronym() {
    List<Extraction> out = run("A key step is epithelial-to-mesenchymal transition (EMT), where "
        + "cells lose adhesion. This transformation allows them to invade surrounding tissue.");
    Extraction e = out.get(out.size() - 1);
    assertEquals("EMT", e.mechanism().subject());
    assertTrue(e.statement().startsWith("EMT allows them to invade"), e.statement());
  }

  @Test
  void theseVesselsResolveToTheNounPhraseOfThePreviousSentence() {
    List<Extraction> out = run("Tumor cells secrete VEGF to stimulate the formation of new "
        + "blood vessels. These vessels provide access to the bloodstream, enabling "
        + "dissemination to distant organs.");
    Extraction e = out.get(out.size() - 1);
    assertEquals("new blood vessels", e.mechanism().subject());
    assertTrue(e.statement().startsWith("New blood vessels provide"), e.statement());
  }

  @Test
  void genericAnaphorFallsBackToThePreviousSubject() {
    List<Extraction> out = run("Autophagy modulates tumor cell motility. This process can also "
        + "affect the survival of cancer cells.");
    assertEquals(2, out.size());
    assertEquals("autophagy", out.get(1).mechanism().subject());
    assertTrue(out.get(1).mechanism().hedged());
    assertEquals("Autophagy can also affect the survival of cancer cells.",
        out.get(1).statement());
  }

  @Test
  void pronounSubjectResolvesWithinTheSentence() {
    Extraction e = run("The components of the matrix are dynamic, and they mediate signals that "
        + "modulate cell migration.").get(0);
    assertEquals("components of the matrix", e.mechanism().subject());
    assertEquals(Relation.MEDIATES, e.mechanism().relation());
  }

  @Test
  void negatedClaimReversesDirection() {
    Extraction e = run("Insulin resistance does not by itself cause diabetes.").get(0);
    assertTrue(e.mechanism().negated());
    assertEquals(Relation.CAUSES, e.mechanism().relation());
    assertEquals(Direction.DECREASES, e.mechanism().direction());
  }

  @Test
  void tagsFollowVocabularyOrderWithWordBoundaries() {
    Extraction e = run("Hypoxia promotes EMT and angiogenesis through VEGF signaling.").get(0);
    assertEquals(List.of("signaling", "vascular"), e.tags(), "the neutral starter vocabulary");
    Vocabulary v = new Vocabulary(List.of(new Tag("tau", "", List.of("tauopathy")),
        new Tag("amyloid", "", List.of("amyloid-beta"))));
    Extraction f = new Extractor(v).extract(doc("Amyloid-beta oligomers induce neuronal "
        + "damage in tauopathy models.", BlockKind.BODY, bib(PublicationType.REVIEW, true)))
        .get(0);
    assertEquals(List.of("tau", "amyloid"), f.tags());
    Extraction g = new Extractor(v).extract(doc("Tautomers induce neuronal damage.",
        BlockKind.BODY, bib(PublicationType.REVIEW, true))).get(0);
    assertEquals(List.of(), g.tags());
  }

  @Test
  void evidenceLevels() {
    String cited = "TGF-beta drives fibroblast activation [2].";
    String uncited = "TGF-beta drives fibroblast activation.";
    assertLevel(Design.REVIEW_CITED, cited, BlockKind.BODY, PublicationType.REVIEW, true);
    assertLevel(Design.REVIEW_CITED, "TGF-beta drives fibroblast activation (Smith et al., "
        + "2019).", BlockKind.BODY, PublicationType.REVIEW, true);
    assertLevel(Design.REVIEW_UNCITED, uncited, BlockKind.ABSTRACT, PublicationType.REVIEW,
        true);
    assertLevel(Design.UNREVIEWED_SUMMARY, cited, BlockKind.ANSWER, PublicationType.WEB_QA,
        null);
    assertLevel(Design.UNREVIEWED_SUMMARY, uncited, BlockKind.SUMMARY, PublicationType.REVIEW,
        true);
    assertLevel(Design.UNREVIEWED_SUMMARY, uncited, BlockKind.BODY, PublicationType.ARTICLE,
        false);
    assertLevel(Design.SYSTEMATIC_REVIEW, uncited, BlockKind.ABSTRACT,
        PublicationType.SYSTEMATIC_REVIEW, true);
    assertLevel(Design.PRIMARY_MODEL, uncited, BlockKind.ABSTRACT,
        PublicationType.PRIMARY_RESEARCH, true);
    assertLevel(Design.PRIMARY_HUMAN, "TGF-beta drives fibroblast activation in patients.",
        BlockKind.ABSTRACT, PublicationType.PRIMARY_RESEARCH, true);
    Extraction unknown = extractor.extract(doc(uncited, BlockKind.BODY,
        bib(PublicationType.ARTICLE, null))).get(0);
    assertEquals(6, unknown.evidence().level());
    assertTrue(unknown.evidence().basis().contains("peer review is not stated"));
    assertEquals("ECO:0000303", unknown.evidence().eco());
    assertNull(unknown.evidence().override());
  }

  private void assertLevel(Design design, String text, BlockKind kind, PublicationType type,
      Boolean peer) {
    Extraction e = extractor.extract(doc(text, kind, bib(type, peer))).get(0);
    assertEquals(design.level(), e.evidence().level(), text + " " + kind + " " + type);
    assertEquals(design, e.evidence().design());
    assertEquals(design.eco(), e.evidence().eco());
    assertFalse(e.evidence().basis().isBlank());
  }

  @Test
  void escapedBreaksSeparateListItems() {
    String text = "Mutations matter\\n\\n2. **Drivers**: KRAS mutations promote cell migration.";
    Document d = new Document("q.md", text, SeedFormat.FRONT_MATTER_QA,
        bib(PublicationType.WEB_QA, null), List.of(new Block("answer", BlockKind.ANSWER, 0,
            text.length())), true);
    List<Extraction> out = extractor.extract(d);
    assertEquals(1, out.size());
    assertEquals("KRAS mutations promote cell migration.", out.get(0).statement());
    assertFalse(out.get(0).quote().contains("\\n"));
  }

  @Test
  void extractionIsDeterministicAndInDocumentOrder() {
    String text = "Hypoxia promotes angiogenesis. IL-6 drives inflammation.\n\nTau impairs "
        + "axonal transport.";
    List<Extraction> a = run(text);
    assertEquals(a, run(text));
    assertEquals(3, a.size());
    assertTrue(a.get(0).start() < a.get(1).start() && a.get(1).start() < a.get(2).start());
  }

  @Test
  void largeInputIsFast() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("Hypoxia (low oxygen, e.g. in tumors) promotes angiogenesis and invasion [")
          .append(i).append("]. The incidence of cancer rises. ");
    }
    long t0 = System.nanoTime();
    List<Extraction> out = run(sb.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(2000, out.size());
    assertTrue(ms < 5000, "took " + ms + " ms");
  }
}
