package dev.evident.ingest;

import static dev.evident.ingest.IngestAssertions.assertInBlocks;
import static dev.evident.ingest.IngestAssertions.assertNotInBlocks;
import static dev.evident.ingest.IngestAssertions.assertSection;
import static dev.evident.ingest.IngestAssertions.assertWellFormed;
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
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seeds: detected format, bibliographic facts from gold/sources.yaml, and prose. */
class SeedsTest {

  private static final String S000 = "000_dd130d9692cbe8c3.txt";
  private static final String S001 = "001_6bbb3427277500da.txt";
  private static final String S002 = "002_822b05bb69c45475.txt";
  private static final String S003 = "003_b87220b769523c1d.txt";
  private static final String S004 = "004_9db4160c34acba80.txt";

  /** Gold borderline sentences that are reference titles: never prose, whatever gold allows. */
  private static final Set<String> REFERENCE_TITLES = Set.of(
      "Extracellular matrix (ECM) stiffness and degradation as cancer drivers.",
      "Cancer Cell\u2013Astrocyte Gap Junctions Promote Brain Metastasis Formation,");

  private static Document seed(String name) throws IOException {
    return read("seeds/" + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {S000, S001, S002, S003, S004})
  void everyGoldSentenceIsInABlockAndReferenceTitlesAreNot(String name) throws IOException {
    Document d = seed(name);
    assertWellFormed(d);
    assertEquals(new String(IngestAssertions.bytes("seeds/" + name), StandardCharsets.UTF_8), d.text());
    List<String[]> gold = goldSentences(name);
    assertFalse(gold.isEmpty(), "gold file read");
    for (String[] s : gold) {
      if (REFERENCE_TITLES.contains(s[1])) {
        assertNotInBlocks(d, s[1]);
      } else {
        assertInBlocks(d, s[1]);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {S000, S001, S002, S003, S004})
  void boilerplateNeverInBlocks(String name) throws IOException {
    Document d = seed(name);
    for (String junk : List.of("GLOBOCAN", "Astrocyte Gap Junctions", ".gov means",
        "Competing interests", "declare no competing", "Similar articles", "Cited by",
        "&nbsp;", "Source:", "Full body text omitted", "Fetch the complete paper",
        "figures with captions", "ITGB1", "MONDO:", "Keywords:", "MEDCOMM", "The Author(s)",
        "brain metastasis / breast cancer", "| [", "Rui Chen", "Haotian Shang", "Jing Feng",
        "Mechanisms of metastasis: How cancer spreads", "QuickTakes", "related_article",
        "**", "\\n")) {
      assertNotInBlocks(d, junk);
    }
  }

  @Test
  void pubmedPage() throws IOException {
    Document d = seed(S000);
    assertEquals(SeedFormat.PUBMED_PAGE, d.format());
    Bibliography b = d.bibliography();
    assertEquals("Mechanisms of breast cancer metastasis: the role of extracellular matrix", b.title());
    assertEquals(List.of("Rui Chen"), b.authors());
    assertEquals("Mol Cell Biochem", b.journal());
    assertEquals(2025, b.year());
    assertEquals("2025-05", b.date());
    assertEquals("10.1007/s11010-024-05175-x", b.doi());
    assertNull(b.pmid());
    assertNull(b.pmcid());
    assertNull(b.url());
    assertEquals(List.of("Breast cancer", "ECM", "Extracellular matrix", "Mechanisms", "Metastasis"),
        b.keywords());
    assertEquals(PublicationType.REVIEW, b.publicationType());
    assertEquals(Boolean.TRUE, b.peerReviewed());
    assertEquals(1, d.blocks().size());
    assertSection(d, "The components of the extracellular matrix", "Abstract", BlockKind.ABSTRACT);
    assertFalse(d.escapedBreaks());
  }

  @Test
  void paperSummary() throws IOException {
    Document d = seed(S001);
    assertEquals(SeedFormat.PAPER_SUMMARY, d.format());
    Bibliography b = d.bibliography();
    assertEquals("Unveiling the Involvement of Extracellular Vesicles in Breast Cancer\u2019s "
        + "Organotrophic Metastasis: Molecular Mechanisms and Translational Prospects", b.title());
    assertEquals(List.of("Haotian Shang", "Yumin Zhang", "Tengfei Chao"), b.authors());
    assertEquals("International Journal of Molecular Sciences", b.journal());
    assertEquals(2025, b.year());
    assertEquals("2025-06-06", b.date());
    assertEquals("10.3390/ijms26125430", b.doi());
    assertEquals("PMC12193150", b.pmcid());
    assertNull(b.pmid());
    assertEquals("https://tomesphere.com/paper/PMC12193150", b.url());
    assertEquals(PublicationType.REVIEW, b.publicationType());
    assertEquals(Boolean.TRUE, b.peerReviewed());
    assertTrue(b.entities().contains(new Entity("disease", "breast cancer", "MONDO:0004989")));
    assertTrue(b.entities().contains(new Entity("chemical", "lipids", "MESH:D008055")));
    assertTrue(b.entities().contains(new Entity("protein", "ITGB1 (integrin subunit beta 1)", null)));
    assertEquals(7, b.entities().size());
    assertSection(d, "This review explores how extracellular vesicles", "TL;DR", BlockKind.SUMMARY);
    assertSection(d, "The paper highlights", "Contribution", BlockKind.SUMMARY);
    assertSection(d, "EVs mediate pre-metastatic niche", "Key findings", BlockKind.SUMMARY);
    assertSection(d, "Breast cancer metastasis remains", "Abstract", BlockKind.ABSTRACT);
    // Each key finding is its own block, without the bullet marker.
    Block finding = IngestAssertions.blockWith(d, "EVs mediate pre-metastatic niche");
    assertTrue(d.text().substring(finding.start(), finding.end()).startsWith("EVs mediate"));
    assertTrue(d.text().substring(finding.start(), finding.end()).endsWith("target organs."));
    assertEquals(6, d.blocks().size());
  }

  @Test
  void journalPage() throws IOException {
    Document d = seed(S002);
    assertEquals(SeedFormat.JOURNAL_PAGE, d.format());
    Bibliography b = d.bibliography();
    assertEquals("Breast Cancer Brain Metastasis: Bridging Biological Mechanisms to Therapeutic "
        + "Innovations", b.title());
    assertEquals(List.of("Jing Feng", "Yuwei Tao", "Fengkai Li", "Suling Liu"), b.authors());
    assertEquals("MedComm - Oncology", b.journal());
    assertEquals(2025, b.year());
    assertNull(b.doi());
    assertNull(b.pmid());
    assertEquals(List.of("brain metastasis", "breast cancer", "tumor microenvironment"), b.keywords());
    assertEquals(PublicationType.REVIEW, b.publicationType());
    assertEquals(1, d.blocks().size());
    assertSection(d, "Breast cancer brain metastasis (BCBrM) remains", "Abstract", BlockKind.ABSTRACT);
  }

  @Test
  void plainArticle() throws IOException {
    Document d = seed(S003);
    assertEquals(SeedFormat.PLAIN_ARTICLE, d.format());
    Bibliography b = d.bibliography();
    assertEquals("Mechanisms of metastasis: How cancer spreads beyond the primary", b.title());
    assertTrue(b.authors().isEmpty());
    assertNull(b.journal());
    assertNull(b.year());
    assertNull(b.doi());
    assertEquals(PublicationType.ARTICLE, b.publicationType());
    assertNull(b.peerReviewed());
    assertEquals(12, d.blocks().size());
    assertSection(d, "Cancer metastasis is the process", "Introduction", BlockKind.BODY);
    assertSection(d, "Metastasis is a highly complex", "Conclusion", BlockKind.BODY);
    // A paragraph spans its wrapped lines, breaks included.
    Block first = d.blocks().get(0);
    String raw = d.text().substring(first.start(), first.end());
    assertTrue(raw.startsWith("Cancer metastasis") && raw.endsWith("progression [1]."));
    assertTrue(raw.contains("\n"));
    assertNotInBlocks(d, "Introduction");
  }

  @Test
  void frontMatterQa() throws IOException {
    Document d = seed(S004);
    assertEquals(SeedFormat.FRONT_MATTER_QA, d.format());
    assertTrue(d.escapedBreaks());
    Bibliography b = d.bibliography();
    assertEquals("How do cancer cells activate invasion and metastasis?", b.title());
    assertTrue(b.authors().isEmpty(), "a site name is not an author");
    assertNull(b.journal());
    assertEquals(2024, b.year());
    assertEquals("2024-11-22", b.date());
    assertNull(b.doi());
    assertEquals("/learn/medicine/questions/how-do-cancer-cells-activate-invasion-and-metastasis",
        b.url());
    assertEquals(15, b.keywords().size());
    assertEquals("cancer cells", b.keywords().get(0));
    assertEquals("therapeutic strategies", b.keywords().get(14));
    assertEquals(PublicationType.WEB_QA, b.publicationType());
    assertEquals(Boolean.FALSE, b.peerReviewed());
    assertSection(d, "Metastasis is not a singular event", "Multistep Process", BlockKind.ANSWER);
    assertSection(d, "EMT is a crucial process",
        "Epithelial-to-Mesenchymal Transition (EMT)", BlockKind.ANSWER);
    assertSection(d, "In summary, the activation", "Answer", BlockKind.ANSWER);
    assertSection(d, "This content outlines", "Description", BlockKind.SUMMARY);
    assertEquals(11, d.blocks().size());
    assertNotInBlocks(d, "What challenges do researchers face");
  }

  @ParameterizedTest
  @ValueSource(strings = {S000, S001, S002, S003, S004})
  void rereadingGivesTheSameDocument(String name) throws IOException {
    assertEquals(seed(name), seed(name));
  }

  @Test
  void goldSourcesAgree() throws IOException {
    // Cross-check the hard-coded facts above against the oracle file itself.
    Map<String, Map<String, String>> sources = goldSources();
    assertEquals(5, sources.size());
    for (var e : sources.entrySet()) {
      Bibliography b = seed(e.getKey()).bibliography();
      Map<String, String> f = e.getValue();
      check(f, "title", b.title());
      check(f, "journal", b.journal());
      check(f, "year", b.year() == null ? null : b.year().toString());
      check(f, "doi", b.doi());
      check(f, "pmcid", b.pmcid());
      check(f, "publication_type", b.publicationType() == null ? null : b.publicationType().wire());
      if (f.containsKey("first_author")) {
        String first = f.get("first_author");
        if (first == null) {
          assertTrue(b.authors().isEmpty(), e.getKey() + " authors");
        } else {
          assertTrue(b.authors().get(0).contains(first), e.getKey() + " first author");
        }
      }
      if (f.containsKey("keywords")) {
        assertEquals(f.get("keywords"), "[" + String.join(", ", b.keywords()) + "]");
      }
    }
  }

  private static void check(Map<String, String> facts, String key, String actual) {
    if (facts.containsKey(key)) {
      assertEquals(facts.get(key), actual, key);
    }
  }

  /** Reads gold/sources.yaml with simple line parsing: one map of facts per seed. */
  private static Map<String, Map<String, String>> goldSources() throws IOException {
    Map<String, Map<String, String>> out = new java.util.LinkedHashMap<>();
    Map<String, String> current = null;
    for (String line : Files.readAllLines(
        IngestAssertions.PROJECT.resolve("src/test/resources/gold/sources.yaml"))) {
      if (line.startsWith("- seed: ")) {
        current = new java.util.LinkedHashMap<>();
        out.put(line.substring("- seed: ".length()).trim(), current);
      } else if (current != null && line.startsWith("  ") && line.contains(": ")) {
        String key = line.substring(0, line.indexOf(": ")).trim();
        String value = line.substring(line.indexOf(": ") + 2).trim();
        if (value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        current.put(key, value.equals("null") ? null : value);
      }
    }
    return out;
  }

  /** Reads gold/&lt;seed&gt;.yaml: pairs of label and sentence text. */
  private static List<String[]> goldSentences(String seed) throws IOException {
    String name = seed.replace(".txt", ".yaml");
    List<String[]> out = new ArrayList<>();
    String label = null;
    for (String line : Files.readAllLines(
        IngestAssertions.PROJECT.resolve("src/test/resources/gold/" + name))) {
      if (line.startsWith("- label: ")) {
        label = line.substring("- label: ".length()).trim();
      } else if (line.startsWith("  text: ") && label != null) {
        String text = line.substring("  text: ".length()).trim();
        if (text.startsWith("\"") && text.endsWith("\"")) {
          text = text.substring(1, text.length() - 1).replace("\\\"", "\"");
        } else if (text.startsWith("'") && text.endsWith("'")) {
          text = text.substring(1, text.length() - 1).replace("''", "'");
        }
        out.add(new String[] {label, text});
      }
    }
    return out;
  }
}
