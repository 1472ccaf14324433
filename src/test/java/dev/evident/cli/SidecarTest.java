package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Source;
import dev.evident.store.Repository;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records from reference managers beside seeds, and the sources exported back to them. The
 * records are written for these tests.
 */
class SidecarTest {
  @TempDir
  Path dir;

  private String chenSeed;

  @BeforeEach
  void repo() throws Exception {
    CliRunner.repoWithSeeds(dir);
    chenSeed = Files.list(dir.resolve("seeds")).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("000")).findFirst().orElseThrow();
  }

  private Path beside(String ending) {
    return dir.resolve("seeds").resolve(chenSeed.replace(".txt", ending));
  }

  private Map<String, Source> sources() {
    return new TreeMap<>(new Repository(dir).load().sources());
  }

  private static final String BIB = """
      @article{chen2025,
        title = {Mechanisms of breast cancer metastasis: the role of {ECM}},
        author = {Chen, Rui and Li, Wei},
        journal = {Molecular and Cellular Biochemistry},
        year = {2025},
        doi = {https://doi.org/10.1007/s11010-024-05175-x},
      }
      """;

  @Test
  void aBibtexSidecarWinsAndIsNotASeed() throws Exception {
    Files.writeString(beside(".bib"), BIB, StandardCharsets.UTF_8);
    CliRunner.Result p = CliRunner.run(dir, "parse");
    assertEquals(0, p.code(), p.toString());
    assertTrue(!p.out().contains(".bib"), "the sidecar is not parsed as a seed: " + p.out());
    Source s = sources().values().stream().filter(x -> x.seed().file().endsWith(chenSeed))
        .findFirst().orElseThrow();
    assertEquals("Molecular and Cellular Biochemistry", s.journal());
    assertEquals(List.of("Rui Chen", "Wei Li"), s.authors());
    assertEquals("10.1007/s11010-024-05175-x", s.doi());
    assertEquals("Mechanisms of breast cancer metastasis: the role of ECM", s.title());
  }

  @Test
  void exportThenImportAsSidecarsGivesTheSameRecords() throws Exception {
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    Map<String, Source> before = sources();
    for (String format : List.of("bibtex", "ris", "csl-json")) {
      Path repo = dir.resolveSibling(dir.getFileName() + "-" + format);
      CliRunner.repoWithSeeds(repo);
      String ending = format.equals("bibtex") ? ".bib" : format.equals("ris") ? ".ris" : ".json";
      for (Source s : before.values()) {
        CliRunner.Result e = CliRunner.run(dir, "export", format, "--where", "source=" + s.id());
        assertEquals(0, e.code(), e.toString());
        String seed = s.seed().file();
        Files.writeString(repo.resolve(seed.substring(0, seed.lastIndexOf('.')) + ending),
            e.out(), StandardCharsets.UTF_8);
      }
      CliRunner.Result p = CliRunner.run(repo, "parse", "-q");
      assertEquals(0, p.code(), format + ": " + p);
      Map<String, Source> after = new TreeMap<>(new Repository(repo).load().sources());
      for (Source s : before.values()) {
        Source t = after.get(s.id());
        assertEquals(List.of(s.title(), s.authors(), String.valueOf(s.journal()),
            String.valueOf(s.year()), String.valueOf(s.doi()), String.valueOf(s.pmcid())),
            List.of(t.title(), t.authors(), String.valueOf(t.journal()),
                String.valueOf(t.year()), String.valueOf(t.doi()), String.valueOf(t.pmcid())),
            format + " round trip of " + s.id());
      }
    }
  }

  @Test
  void theBibtexExportReadsBackWithJbibtex() throws Exception {
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    CliRunner.Result e = CliRunner.run(dir, "export", "bibtex");
    org.jbibtex.BibTeXDatabase db = new org.jbibtex.BibTeXParser()
        .parse(new StringReader(e.out()));
    assertEquals(sources().size(), db.getEntries().size());
    org.jbibtex.BibTeXEntry chen = db.resolveEntry(new org.jbibtex.Key("chen-2025-breast"));
    assertEquals("Mol Cell Biochem", chen.getField(org.jbibtex.BibTeXEntry.KEY_JOURNAL)
        .toUserString());
  }

  @Test
  void aSharedReferencesFileNamesItsSeeds() throws Exception {
    Files.writeString(dir.resolve("seeds/references.bib"), BIB.replace("year = {2025},",
        "year = {2025},\n  file = {" + chenSeed + "},"), StandardCharsets.UTF_8);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    assertTrue(sources().values().stream().anyMatch(s -> "Molecular and Cellular Biochemistry"
        .equals(s.journal())));
  }

  @Test
  void badRecordsArePositionedErrorsAndNothingIsWritten() throws Exception {
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {".bib", "@article{x,\n  title = {Unclosed,\n", ".bib:"});
    cases.add(new String[] {".ris", "TY  - JOUR\nTI  - No end\n", ".ris:1:1: error: the record "
        + "that starts here has no ER line"});
    cases.add(new String[] {".json", "{\"title\": \"x\",\n \"author\": [}\n", ".json:2:"});
    cases.add(new String[] {".bib", BIB.replace("https://doi.org/10.1007/s11010-024-05175-x",
        "not-a-doi"), "is not a DOI"});
    cases.add(new String[] {".bib", BIB.replace("{2025}", "{20215}"), "is not a four-digit year"});
    for (String[] c : cases) {
      Files.writeString(beside(c[0]), c[1], StandardCharsets.UTF_8);
      CliRunner.Result p = CliRunner.run(dir, "parse");
      assertEquals(3, p.code(), c[1] + " -> " + p);
      assertTrue(p.err().contains(c[2]), c[2] + " in " + p.err());
      assertTrue(!Files.exists(dir.resolve("claims")) || CliRunner.snapshot(dir.resolve("claims"))
          .isEmpty(), "nothing written");
      Files.delete(beside(c[0]));
    }
    Files.writeString(beside(".bib"), BIB, StandardCharsets.UTF_8);
    Files.writeString(beside(".ris"), "TY  - JOUR\nTI  - Another\nER  - \n",
        StandardCharsets.UTF_8);
    CliRunner.Result two = CliRunner.run(dir, "parse");
    assertEquals(3, two.code(), two.toString());
    assertTrue(two.err().contains("a second record for seed"), two.err());
    Files.delete(beside(".ris"));
    Files.delete(beside(".bib"));
    Files.writeString(dir.resolve("seeds/references.bib"), BIB.replace("year = {2025},",
        "year = {2025},\n  file = {gone.txt},"), StandardCharsets.UTF_8);
    CliRunner.Result gone = CliRunner.run(dir, "parse");
    assertEquals(3, gone.code(), gone.toString());
    assertTrue(gone.err().contains("seeds/references.bib:1:1: error: entry 'chen2025' names "
        + "seed 'gone.txt', which does not exist"), gone.err());
  }
}
