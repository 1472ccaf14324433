package dev.evident.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.PublicationType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What documents state about themselves, read by general bibliographic rules. Every document
 * here was written for these tests in the common shapes (front matter, label lines, citation
 * lines in three styles, meta tags, JATS); none is a seed or corpus document.
 */
class RecordsTest {
  private static Bibliography read(String text) {
    return new Ingester().read("t", text.getBytes(StandardCharsets.UTF_8)).bibliography();
  }

  private static final String BODY = "\n\nGlucagon raises blood glucose by activating hepatic "
      + "glycogenolysis. Insulin suppresses hepatic glucose output.\n";

  @Test
  void frontMatterGivesTheWholeRecord() {
    Bibliography b = read("""
        ---
        title: "Hepatic glucose output in type 2 diabetes"
        authors:
          - Maria Lopez
          - Kenji Sato
        year: 2021
        journal: Diabetes Research
        doi: https://doi.org/10.1234/dr.2021.0042
        pmid: 33445566
        ---
        """ + BODY);
    assertEquals("Hepatic glucose output in type 2 diabetes", b.title());
    assertEquals(List.of("Maria Lopez", "Kenji Sato"), b.authors());
    assertEquals(2021, b.year());
    assertEquals("Diabetes Research", b.journal());
    assertEquals("10.1234/dr.2021.0042", b.doi());
    assertEquals("33445566", b.pmid());
  }

  @Test
  void labelLinesInMarkdownAndText() {
    Bibliography b = read("""
        # Notes on gout

        **Authors:** Anna Berg, Tom Hale
        **Journal:** Rheumatology Letters
        **Published:** 2019-04-02
        DOI: 10.5555/rl.2019.7

        ## Pathophysiology
        """ + BODY);
    assertEquals("Notes on gout", b.title());
    assertEquals(List.of("Anna Berg", "Tom Hale"), b.authors());
    assertEquals("Rheumatology Letters", b.journal());
    assertEquals(2019, b.year());
    assertEquals("10.5555/rl.2019.7", b.doi());
  }

  @Test
  void aLabelledVancouverCitationGivesAuthorsTitleJournalYear() {
    Bibliography b = read("""
        Skip to main content
        Home > Journals > Kidney

        Citation: Okafor C, Lind P, Ruiz M. Tubular injury drives fibrosis in chronic kidney disease. Kidney Int Rep. 2022;7(4):812-820. doi:10.1016/j.ekir.2022.01.007
        """ + BODY);
    assertEquals("Tubular injury drives fibrosis in chronic kidney disease", b.title());
    assertEquals("Okafor C", b.authors().get(0));
    assertEquals("Kidney Int Rep", b.journal());
    assertEquals(2022, b.year());
    assertEquals("10.1016/j.ekir.2022.01.007", b.doi());
  }

  @Test
  void apaAndNatureCitations() {
    Records.Facts apa = Records.citation("Nguyen, T. H., & Brandt, K. (2018). Iron overload "
        + "impairs macrophage function. Blood Reviews, 32(2), 101-110. "
        + "https://doi.org/10.1016/j.blre.2018.01.002");
    assertEquals("Iron overload impairs macrophage function", apa.title());
    assertEquals(List.of("Nguyen TH", "Brandt K"), apa.authors());
    assertEquals("Blood Reviews", apa.journal());
    assertEquals(2018, apa.year());
    Records.Facts nature = Records.citation("Kowalski, J. et al. Microglia prune synapses in "
        + "the developing cortex. Nat. Neurosci. 21, 455-463 (2017).");
    assertEquals("Microglia prune synapses in the developing cortex", nature.title());
    assertEquals("Nat. Neurosci", nature.journal());
    assertEquals(2017, nature.year());
  }

  @Test
  void anAuthorManuscriptNamesItsJournalNotAsTheTitle() {
    Bibliography b = read("""
        Author manuscript; available in PMC 2018 Mar 1.
        Published in final edited form as: J Lipid Res. 2017 Mar; 58(3): 512-520.

        Abstract
        """ + BODY);
    assertEquals("J Lipid Res", b.journal());
    assertEquals(2017, b.year());
    assertFalse("Abstract".equals(b.title()));
  }

  @Test
  void headingsUrlsCountersAndNavigationAreNeverTitles() {
    for (String t : List.of("Abstract", "Introduction:", "https://example.org/paper",
        "Page 2 of 9", "Home > Articles > Gout", "<!-- saved from url -->", "12")) {
      assertFalse(Records.isTitle(t), t);
    }
    assertTrue(Records.isTitle("Uric acid and the NLRP3 inflammasome"));
    assertEquals("snake_case_title kept", Records.clean("snake_case_title kept."));
  }

  @Test
  void htmlMetaTagsAndJatsArticleMeta() {
    Bibliography html = read("""
        <!DOCTYPE html><html><head><title>Site | Paper</title>
        <meta name="citation_title" content="Sclerostin limits bone formation">
        <meta name="citation_author" content="Ito, Hana">
        <meta name="citation_author" content="Weber, Lars">
        <meta name="citation_journal_title" content="Bone Biology">
        <meta name="citation_publication_date" content="2020/05/14">
        <meta name="citation_doi" content="10.7777/bb.2020.3">
        </head><body><p>Sclerostin inhibits Wnt signalling in osteoblasts. Mechanical loading
        suppresses sclerostin expression.</p><p>More text here about bone, and more and more
        words.</p><div>a</div><div>b</div><div>c</div><div>d</div><div>e</div><div>f</div>
        </body></html>
        """);
    assertEquals("Sclerostin limits bone formation", html.title());
    assertEquals(List.of("Ito, Hana", "Weber, Lars"), html.authors());
    assertEquals("Bone Biology", html.journal());
    assertEquals(2020, html.year());
    assertEquals("10.7777/bb.2020.3", html.doi());

    Bibliography jats = read("""
        <?xml version="1.0"?>
        <article article-type="review-article"><front><journal-meta><journal-title-group>
        <journal-title>Journal of Gut Science</journal-title></journal-title-group></journal-meta>
        <article-meta><article-id pub-id-type="pmid">31112222</article-id>
        <article-id pub-id-type="doi">10.8888/jgs.11</article-id>
        <title-group><article-title>Butyrate and the <italic>colonic</italic> barrier</article-title></title-group>
        <contrib-group><contrib contrib-type="author"><name><surname>Haddad</surname><given-names>Rami</given-names></name></contrib></contrib-group>
        <pub-date pub-type="epub"><year>2019</year></pub-date></article-meta></front>
        <body><sec><title>Results</title><p>Butyrate strengthens the colonic epithelial barrier.</p></sec></body></article>
        """);
    assertEquals("Butyrate and the colonic barrier", jats.title());
    assertEquals(List.of("Haddad R"), jats.authors());
    assertEquals("Journal of Gut Science", jats.journal());
    assertEquals(2019, jats.year());
    assertEquals("10.8888/jgs.11", jats.doi());
    assertEquals("31112222", jats.pmid());
    assertEquals(PublicationType.REVIEW, jats.publicationType());
  }

  @Test
  void aFieldNothingStatesStaysNull() {
    Bibliography b = read("# Lecture notes\n\n" + BODY);
    assertNull(b.doi());
    assertNull(b.journal());
    assertNull(b.year());
    assertTrue(b.authors().isEmpty());
    assertNull(b.publicationType());
  }
}
