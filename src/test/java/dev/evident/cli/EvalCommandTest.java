package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `evident eval` on a tiny labelled document written for this test: one mechanism found with
 * its triple right, one found with a triple labelled the other way, one missed, one claim on an
 * unlabelled sentence, and a title recorded right.
 */
class EvalCommandTest {
  @TempDir
  Path dir;

  @BeforeEach
  void corpus() throws Exception {
    Path tiny = Files.createDirectories(dir.resolve("gold"));
    for (String f : new String[] {"liver.txt", "liver.gold.yaml", "bad.gold.yaml.txt"}) {
      Files.copy(Path.of("src/test/resources/eval/tiny", f), tiny.resolve(f));
    }
  }

  @Test
  void textReportGivesEveryFigureAndEveryError() {
    CliRunner.Result r = CliRunner.run(dir, "eval", "gold");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("1 document: precision 0.667 (2/3), recall 0.667 (2/3), "
        + "triples right 0.500 (1/2)"), r.out());
    assertTrue(r.out().contains("liver.txt: Activated stellate cells deposit collagen in the "
        + "liver."), "the miss is listed");
    assertTrue(r.out().contains("liver.txt: Fasting induces a feeling of hunger."),
        "the false positive is listed");
    assertTrue(r.out().contains("labelled: transforming growth factor beta | decreases"),
        "the wrong triple is shown");
    assertTrue(r.out().matches("(?s).*title\\s+1\\s+1\\s+0\\s+0\\s+0\\s+1\\.000.*"), r.out());
  }

  @Test
  void jsonAndMarkdownCarryTheSameFigures() {
    CliRunner.Result j = CliRunner.run(dir, "eval", "gold", "--format", "json");
    assertEquals(0, j.code(), j.toString());
    assertTrue(j.out().contains("\"precision\": \"0.667\""), j.out());
    assertTrue(j.out().contains("\"triples_right\": 1"), j.out());
    CliRunner.Result m = CliRunner.run(dir, "eval", "gold", "--format", "markdown");
    assertTrue(m.out().contains("| **total** | | 3 | 0.667 (2/3) | 0.667 (2/3) | 0.500 (1/2) |"),
        m.out());
  }

  @Test
  void thresholdsMakeAFailingExitForCi() {
    assertEquals(1, CliRunner.run(dir, "eval", "gold", "--min-recall", "0.9").code());
    assertEquals(0, CliRunner.run(dir, "eval", "gold", "--min-recall", "0.6").code());
  }

  @Test
  void badLabelsArePositionedErrors() throws Exception {
    Files.move(dir.resolve("gold/bad.gold.yaml.txt"), dir.resolve("gold/bad.gold.yaml"));
    CliRunner.Result r = CliRunner.run(dir, "eval", "gold");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("gold/bad.gold.yaml:5:5: error"), r.err());
    assertTrue(r.err().contains("unknown field 'sentences[].colour'"), r.err());
  }

  @Test
  void aMissingDocumentOrNoGoldIsAClearError() throws Exception {
    Files.delete(dir.resolve("gold/liver.txt"));
    CliRunner.Result r = CliRunner.run(dir, "eval", "gold");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("document 'liver.txt' not found"), r.err());
    Files.createDirectories(dir.resolve("empty"));
    CliRunner.Result none = CliRunner.run(dir, "eval", "empty");
    assertEquals(2, none.code(), none.toString());
    assertTrue(none.err().contains("no gold files found"), none.err());
  }
}
