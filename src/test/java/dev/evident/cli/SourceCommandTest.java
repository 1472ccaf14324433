package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Source;
import dev.evident.store.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Correcting source records: corrections survive parse; renamed seeds keep their source. */
class SourceCommandTest {
  @TempDir
  Path dir;

  private Source chen() {
    return new Repository(dir).load().sources().get("chen-2025-breast");
  }

  @BeforeEach
  void parsed() {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
  }

  @Test
  void aCorrectionIsRecordedAndSurvivesParse() {
    CliRunner.Result r = CliRunner.run(dir, "source", "set", "chen-2025", "journal",
        "Molecular and Cellular Biochemistry", "--reason", "full name", "--by", "Ada");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("journal \"Mol Cell Biochem\" -> \"Molecular and Cellular "
        + "Biochemistry\""), r.out());
    assertEquals("Molecular and Cellular Biochemistry", chen().journal());
    assertEquals("Ada", chen().edit("journal").by());
    CliRunner.Result p = CliRunner.run(dir, "parse");
    assertEquals(0, p.code(), p.toString());
    assertEquals("Molecular and Cellular Biochemistry", chen().journal(), "parse keeps it");
    assertTrue(p.err().contains("note: keeps journal as edited by Ada; the seed states "
        + "\"Mol Cell Biochem\""), p.err());
    CliRunner.Result show = CliRunner.run(dir, "source", "show", "chen-2025");
    assertTrue(show.out().contains("[edited by Ada: full name]"), show.out());
    assertEquals(0, CliRunner.run(dir, "lint").code());
    assertEquals(0, CliRunner.run(dir, "fmt", "--check").code());
  }

  @Test
  void unsetRevertAndList() {
    assertEquals(0, CliRunner.run(dir, "source", "unset", "chen-2025", "doi", "--reason", "r",
        "--by", "Ada").code());
    assertEquals(null, chen().doi());
    CliRunner.run(dir, "parse", "-q");
    assertEquals(null, chen().doi(), "an emptied field stays empty");
    assertEquals(0, CliRunner.run(dir, "source", "revert", "chen-2025", "doi").code());
    CliRunner.run(dir, "parse", "-q");
    assertEquals("10.1007/s11010-024-05175-x", chen().doi(), "parse records the seed again");
    CliRunner.Result l = CliRunner.run(dir, "source", "list", "--where", "year>=2025 and "
        + "journal~biochem");
    assertEquals(0, l.code(), l.toString());
    assertTrue(l.out().startsWith("chen-2025-breast"), l.out());
    assertEquals(1, l.out().strip().split("\n").length, l.out());
  }

  @Test
  void badValuesAndUnknownFieldsChangeNothing() throws Exception {
    Map<String, String> before = CliRunner.snapshot(dir.resolve("claims"));
    for (String[] args : new String[][] {
        {"source", "set", "chen-2025", "doi", "not-a-doi", "--reason", "r"},
        {"source", "set", "chen-2025", "year", "20215", "--reason", "r"},
        {"source", "set", "chen-2025", "colour", "blue", "--reason", "r"},
        {"source", "set", "nobody", "year", "2020", "--reason", "r"},
        {"source", "set", "chen-2025", "year", "2020"}}) {
      CliRunner.Result r = CliRunner.run(dir, args);
      assertEquals(2, r.code(), r.toString());
    }
    assertEquals(before, CliRunner.snapshot(dir.resolve("claims")));
  }

  @Test
  void aRenamedSeedKeepsItsSourceAndCuration() throws Exception {
    String id = new Repository(dir).load().claimList().stream()
        .filter(c -> c.source().equals("chen-2025-breast")).findFirst().orElseThrow().id();
    assertEquals(0, CliRunner.run(dir, "accept", id, "--reason", "checked", "--by", "Ada")
        .code());
    Path seeds = dir.resolve("seeds");
    String name = Files.list(seeds).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("000")).findFirst().orElseThrow();
    Files.createDirectories(seeds.resolve("moved"));
    Files.move(seeds.resolve(name), seeds.resolve("moved/chen.txt"));
    CliRunner.Result p = CliRunner.run(dir, "parse");
    assertEquals(0, p.code(), p.toString());
    assertTrue(p.err().contains("seeds/moved/chen.txt: note: renamed from seeds/" + name),
        p.err());
    assertEquals("seeds/moved/chen.txt", chen().seed().file());
    assertEquals(5, new Repository(dir).load().sources().size(), "no second source");
    assertEquals("accepted", new Repository(dir).load().claims().get(id).status().wire());
  }

  @Test
  void aSeedRenamedAndChangedIsReportedAndReattached() throws Exception {
    Path seeds = dir.resolve("seeds");
    String name = Files.list(seeds).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("000")).findFirst().orElseThrow();
    String text = Files.readString(seeds.resolve(name), StandardCharsets.UTF_8);
    Files.delete(seeds.resolve(name));
    Files.writeString(seeds.resolve("chen-v2.txt"), text + "\nAn added line.\n",
        StandardCharsets.UTF_8);
    Files.delete(seeds.resolve("chen-v2.txt"));
    CliRunner.Result p = CliRunner.run(dir, "parse");
    assertTrue(p.err().contains("evident source reattach chen-2025-breast seeds/NEW-NAME"),
        p.err());
    Files.writeString(seeds.resolve("chen-v2.txt"), text + "\nAn added line.\n",
        StandardCharsets.UTF_8);
    CliRunner.Result a = CliRunner.run(dir, "source", "reattach", "chen-2025-breast",
        "seeds/chen-v2.txt");
    assertEquals(0, a.code(), a.toString());
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    assertEquals("seeds/chen-v2.txt", chen().seed().file());
    assertEquals(5, new Repository(dir).load().sources().size());
    assertFalse(Files.exists(dir.resolve("claims/chen-2025-breast-5a1e/source.yaml")));
  }
}
