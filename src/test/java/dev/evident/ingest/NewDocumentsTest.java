package dev.evident.ingest;

import static dev.evident.ingest.IngestAssertions.assertInBlocks;
import static dev.evident.ingest.IngestAssertions.assertNotInBlocks;
import static dev.evident.ingest.IngestAssertions.assertSection;
import static dev.evident.ingest.IngestAssertions.assertWellFormed;
import static dev.evident.ingest.IngestAssertions.bytes;
import static dev.evident.ingest.IngestAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Entity;
import dev.evident.model.PublicationType;
import dev.evident.model.SeedFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Documents written for these tests on other topics, in each format: detection and reading
 * must rest on structure, not on the seeds' wording.
 */
class NewDocumentsTest {

  private static final String DIR = "src/test/resources/ingest/";

  @ParameterizedTest
  @CsvSource({
      "pubmed_alzheimer.txt, PUBMED_PAGE",
      "summary_preprint.md, PAPER_SUMMARY",
      "journal_cardio.txt, JOURNAL_PAGE",
      "plain_fibrosis.txt, PLAIN_ARTICLE",
      "qa_diabetes.md, FRONT_MATTER_QA",
      "note.md, MARKDOWN",
      "plain_text.txt, PLAIN_TEXT"})
  void detectsFormatFromContentWhateverTheName(String file, SeedFormat expected) throws IOException {
    byte[] bytes = bytes(DIR + file);
    Document d = new Ingester().read(file, bytes);
    assertEquals(expected, d.format());
    assertWellFormed(d);
    // The name plays no part: a misleading name gives the same result.
    Document renamed = new Ingester().read("seed.yaml", bytes);
    assertEquals(expected, renamed.format());
    assertEquals(d.blocks(), renamed.blocks());
    assertEquals(d.bibliography(), renamed.bibliography());
  }

  @ParameterizedTest
  @CsvSource({
      "pubmed_alzheimer.txt", "summary_preprint.md", "journal_cardio.txt",
      "plain_fibrosis.txt", "qa_diabetes.md", "note.md", "plain_text.txt"})
  void crlfAndLoneCrGiveTheSameBlocksAndFacts(String file) throws IOException {
    String lf = new String(bytes(DIR + file), StandardCharsets.UTF_8);
    Document base = new Ingester().read(file, lf.getBytes(StandardCharsets.UTF_8));
    for (String eol : List.of("\r\n", "\r")) {
      String other = lf.replace("\n", eol);
      Document d = new Ingester().read(file, other.getBytes(StandardCharsets.UTF_8));
      assertEquals(other, d.text(), "text kept exactly as decoded");
      assertEquals(base.format(), d.format());
      assertEquals(base.bibliography(), d.bibliography());
      assertEquals(base.blocks().size(), d.blocks().size());
      assertWellFormed(d);
      for (int i = 0; i < d.blocks().size(); i++) {
        Block a = base.blocks().get(i);
        Block b = d.blocks().get(i);
        assertEquals(a.section(), b.section());
        assertEquals(a.kind(), b.kind());
        assertEquals(collapse(base.text().substring(a.start(), a.end())),
            collapse(d.text().substring(b.start(), b.end())));
      }
    }
  }

  private static String collapse(String s) {
    return dev.evident.model.QuoteText.normalize(s);
  }

  @Test
  void pubmedPageWithStructuredAbstractAndFullAuthors() throws IOException {
    Document d = read(DIR + "pubmed_alzheimer.txt");
    Bibliography b = d.bibliography();
    assertEquals("Microglial TREM2 signalling slows amyloid plaque growth in early Alzheimer's "
        + "disease", b.title());
    assertEquals(List.of("Maria Lopez", "Kenji Watanabe", "Amara Okafor"), b.authors());
    assertEquals("J Neuroinflammation", b.journal());
    assertEquals(2023, b.year());
    assertEquals("2023-02-14", b.date());
    assertEquals("10.1186/s12974-023-02712-1", b.doi());
    assertEquals("36789012", b.pmid());
    assertEquals("PMC9923456", b.pmcid());
    assertEquals(List.of("Alzheimer's disease", "Amyloid", "Microglia", "TREM2"), b.keywords());
    assertEquals(PublicationType.PRIMARY_RESEARCH, b.publicationType());
    assertSection(d, "Microglia surround amyloid plaques", "Background", BlockKind.ABSTRACT);
    assertSection(d, "TREM2 signalling promotes microglial clustering", "Results", BlockKind.ABSTRACT);
    assertSection(d, "TREM2 activation may protect", "Conclusions", BlockKind.ABSTRACT);
    assertEquals(4, d.blocks().size());
    assertNotInBlocks(d, "Results:");
    assertNotInBlocks(d, "Copyright");
    assertNotInBlocks(d, "amyloid hypothesis");
    assertNotInBlocks(d, "declare no competing");
  }

  @Test
  void preprintSummaryIsNotPeerReviewedAndIgnoresReferenceIds() throws IOException {
    Document d = read(DIR + "summary_preprint.md");
    Bibliography b = d.bibliography();
    assertEquals(List.of("Ana Silva", "Tomas Berg"), b.authors());
    assertEquals("10.1101/2024.01.15.575000", b.doi());
    assertEquals(Boolean.FALSE, b.peerReviewed());
    assertNull(b.pmcid(), "a PMC id in the references section is not this paper's");
    assertEquals("https://example.org/paper/preprint-575000", b.url());
    assertEquals(PublicationType.PRIMARY_RESEARCH, b.publicationType());
    assertEquals(List.of(new Entity("gene", "HIF1A", "MONDO:0000001"),
        new Entity("gene", "LDHA", "HGNC:6535")), b.entities());
    assertSection(d, "HIF-1 activation increases lactate export", "Key findings", BlockKind.SUMMARY);
    assertNotInBlocks(d, "HGNC");
    assertNotInBlocks(d, "12 references");
  }

  @Test
  void journalPageTakesMixedCaseJournalAndSkipsReferenceTable() throws IOException {
    Document d = read(DIR + "journal_cardio.txt");
    Bibliography b = d.bibliography();
    assertEquals("Cardiac Fibroblasts in Heart Failure: From Mechanisms to Therapies", b.title());
    assertEquals(List.of("Lena Hoffmann", "Carlos Mendes", "Priya Raman"), b.authors());
    assertEquals("Cardiology Advances", b.journal());
    assertEquals(2024, b.year());
    assertEquals(List.of("heart failure", "cardiac fibroblast", "fibrosis"), b.keywords());
    assertEquals(PublicationType.REVIEW, b.publicationType());
    assertInBlocks(d, "Periostin secreted by activated fibroblasts promotes collagen cross-linking.");
    assertNotInBlocks(d, "Fibroblast Activation Protein Drives Cardiac Scarring");
    assertNotInBlocks(d, "Example Press");
  }

  @Test
  void plainArticleStopsAtReferences() throws IOException {
    Document d = read(DIR + "plain_fibrosis.txt");
    assertEquals("Fibrosis: when wound healing does not stop", d.bibliography().title());
    assertSection(d, "Fibrosis is the excessive deposition", "Background", BlockKind.BODY);
    assertSection(d, "Blocking the stiffness-sensing pathways", "Outlook", BlockKind.BODY);
    assertInBlocks(d, "Macrophages secrete pro-fibrotic cytokines that sustain the response [3].");
    assertNotInBlocks(d, "Matrix stiffness promotes fibroblast activation");
    assertEquals(3, d.blocks().size());
  }

  @Test
  void qaPageWithPersonalAuthor() throws IOException {
    Document d = read(DIR + "qa_diabetes.md");
    Bibliography b = d.bibliography();
    assertTrue(d.escapedBreaks());
    assertEquals("How does insulin resistance lead to type 2 diabetes?", b.title());
    assertEquals(List.of("Jane Doe"), b.authors());
    assertEquals(2023, b.year());
    assertEquals(List.of("insulin resistance", "type 2 diabetes", "beta cells", "obesity"),
        b.keywords());
    assertEquals("/answers/insulin-resistance", b.url());
    assertEquals(PublicationType.WEB_QA, b.publicationType());
    assertSection(d, "Ectopic fat in liver", "Fat Accumulation", BlockKind.ANSWER);
    assertSection(d, "Chronic demand for insulin", "Beta-cell Exhaustion", BlockKind.ANSWER);
    assertSection(d, "Over time, these changes", "Answer", BlockKind.ANSWER);
    Block first = d.blocks().get(1);
    assertEquals("Insulin resistance develops gradually and places a growing load on the pancreas.",
        d.text().substring(first.start(), first.end()));
  }

  @Test
  void genericMarkdownSkipsCodeTablesLinksAndReferences() throws IOException {
    Document d = read(DIR + "note.md");
    assertEquals("Notes on bone remodelling", d.bibliography().title());
    assertNull(d.bibliography().publicationType());
    assertSection(d, "RANKL produced by osteoblasts", "RANKL", BlockKind.BODY);
    assertSection(d, "Osteoprotegerin blocks RANKL", "Signals", BlockKind.BODY);
    assertInBlocks(d, "the balance between them keeps the skeleton strong.");
    assertNotInBlocks(d, "code that should never be a block");
    assertNotInBlocks(d, "a table cell sentence");
    assertNotInBlocks(d, "A link only line");
    assertNotInBlocks(d, "Osteoclast differentiation and activation");
    assertEquals(3, d.blocks().size());
  }

  @Test
  void plainTextParagraphs() throws IOException {
    Document d = read(DIR + "plain_text.txt");
    assertEquals(2, d.blocks().size());
    assertFalse(d.bibliography().authors().iterator().hasNext());
    assertInBlocks(d, "They use many signals to coordinate growth and repair.");
  }
}
