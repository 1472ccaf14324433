package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evident.ingest.Bibliography;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIdsTest {
  private static final String HASH = "0a1b2c3d4e5f";

  private static Bibliography bib(String title, List<String> authors, String journal,
      Integer year) {
    return new Bibliography(title, authors, journal, year, null, null, null, null, null,
        List.of(), null, null, List.of());
  }

  @Test
  void authorYearAndATitleWord() {
    assertEquals("okafor-2022-tubular", SourceIds.derive(bib("Tubular injury drives fibrosis",
        List.of("Okafor C"), null, 2022), HASH));
  }

  @Test
  void withoutAuthorTwoTitleWordsAndTheYear() {
    assertEquals("tubular-injury-2022", SourceIds.derive(bib("Tubular injury drives fibrosis",
        List.of(), null, 2022), HASH));
  }

  @Test
  void withoutTitleTheJournalNeverTheYearAlone() {
    assertEquals("lipid-res-2017", SourceIds.derive(bib(null, List.of(), "J Lipid Res", 2017),
        HASH));
    assertEquals("source-0a1b2c-2017", SourceIds.derive(bib(null, List.of(), null, 2017), HASH));
    assertEquals("source-0a1b2c", SourceIds.derive(bib(null, List.of(), null, null), HASH));
  }
}
