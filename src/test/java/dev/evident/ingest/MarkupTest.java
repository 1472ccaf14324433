package dev.evident.ingest;

import static dev.evident.ingest.IngestAssertions.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.SeedFormat;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seeds that keep their markup (HTML, JATS, wikitext) and text from paged layouts: the prose
 * view hides what a reader does not see and keeps every offset. The fixtures were written for
 * these tests.
 */
class MarkupTest {
  private static final String DIR = "src/test/resources/ingest/";

  private static Document read(String file) throws IOException {
    return new Ingester().read(file, bytes(DIR + file));
  }

  /** The text of each block as a reader sees it. */
  private static List<String> seen(Document d) {
    return d.blocks().stream()
        .map(b -> TextLines.collapse(d.prose().substring(b.start(), b.end())
            .replace(String.valueOf(Document.UNSEEN), "")))
        .toList();
  }

  @Test
  void htmlPageKeepsParagraphsAndDropsPageFurniture() throws IOException {
    Document d = read("markup_liver.html");
    assertEquals(SeedFormat.MARKUP, d.format());
    assertEquals(d.text().length(), d.prose().length());
    List<String> seen = seen(d);
    assertTrue(seen.contains("Chronic liver injury activates hepatic stellate cells. Activated "
        + "stellate cells secrete collagen type I, which drives scar formation."), seen.toString());
    assertTrue(seen.stream().anyMatch(s -> s.contains("proliferation & migration")), "entity");
    assertTrue(seen.stream().anyMatch(s -> s.contains("factor\u03B2 (TGF-\u03B2)")), "entities");
    assertTrue(seen.stream().noneMatch(s -> s.contains("menu")), "navigation is not prose");
    assertTrue(seen.stream().noneMatch(s -> s.contains("Copyright")), "the footer is not prose");
    assertFalse(d.prose().contains("Kupffer cells activate"), "scripts are hidden");
    assertEquals("Hepatic stellate cells in liver fibrosis", d.bibliography().title());
    assertEquals(BlockKind.ABSTRACT, d.blocks().get(0).kind());
  }

  @Test
  void jatsArticleReadsAbstractAndBodyButNotFiguresOrReferences() throws IOException {
    Document d = read("jats_bone.xml");
    assertEquals(SeedFormat.MARKUP, d.format());
    List<String> seen = seen(d);
    assertTrue(seen.stream().anyMatch(s -> s.startsWith("Sclerostin inhibits Wnt signalling in "
        + "osteoblasts ( ).")), seen.toString());
    assertTrue(seen.contains("Loss of Sost increases bone formation in mice."), seen.toString());
    assertTrue(seen.stream().noneMatch(s -> s.contains("figure caption")), "figures are out");
    assertTrue(seen.stream().noneMatch(s -> s.contains("J Bone 2010")), "references are out");
    Block results = d.blocks().get(d.blocks().size() - 1);
    assertEquals("Results", results.section());
    assertEquals(BlockKind.ABSTRACT, d.blocks().get(0).kind());
  }

  @Test
  void wikitextShowsLinkLabelsAndHidesTemplatesAndReferences() throws IOException {
    Document d = read("wiki_gout.wiki");
    assertEquals(SeedFormat.WIKITEXT, d.format());
    List<String> seen = seen(d);
    assertTrue(seen.stream().anyMatch(s -> s.startsWith("Urate crystals activate the NLRP3 "
        + "inflammasome in macrophages. The resulting IL-1\u03B2 release drives")), seen.toString());
    assertTrue(seen.contains("Alcohol increases urate production."), "numbered item");
    assertTrue(seen.stream().noneMatch(s -> s.contains("Infobox") || s.contains("cite")));
    assertTrue(seen.stream().noneMatch(s -> s.contains("Smith J")), "references are hidden");
    assertTrue(seen.stream().noneMatch(s -> s.contains("Purines")), "tables are hidden");
    assertTrue(d.blocks().stream().anyMatch(b -> b.section().equals("Pathophysiology")));
  }

  @Test
  void pageFurnitureDoesNotBreakASentenceAcrossPages() throws IOException {
    Document d = read("pdftext_bone.txt");
    assertEquals(d.text().length(), d.prose().length());
    List<String> seen = seen(d);
    assertTrue(seen.stream().anyMatch(s -> s.contains("sclerostin then reduces bone formation "
        + "by inhibiting Wnt signalling in osteoblasts.")), seen.toString());
    assertTrue(seen.stream().noneMatch(s -> s.contains("Journal of Bone Research")),
        "running headers are furniture");
    // a page break after a finished sentence stays a paragraph break
    assertTrue(seen.contains("Parathyroid hormone stimulates osteoblast activity when given "
        + "intermittently."), seen.toString());
  }

  @Test
  void plainTextWithoutFurnitureIsItsOwnProse() throws IOException {
    Document d = read("plain_fibrosis.txt");
    assertEquals(d.text(), d.prose());
  }
}
