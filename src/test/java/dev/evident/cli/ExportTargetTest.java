package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export never replaces the review's own files, and writes into devices in place. */
class ExportTargetTest {
  @TempDir
  Path dir;

  @Test
  void theReviewsOwnFilesAreRefused() throws Exception {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    String claim = Files.list(dir.resolve("claims/chen-2025-breast"))
        .filter(p -> !p.getFileName().toString().equals("source.yaml")).findFirst()
        .orElseThrow().toString().substring(dir.toString().length() + 1);
    String seed = "seeds/" + Files.list(dir.resolve("seeds")).findFirst().orElseThrow()
        .getFileName();
    Map<String, String> before = CliRunner.snapshot(dir);
    for (String[] args : new String[][] {
        {"export", "csv", "-o", claim},
        {"export", "csv", "-o", "claims/evident.yaml"},
        {"export", "markdown", "-o", seed},
        {"export", "bibtex", "-o", ".git/HEAD"},
        {"export", "csv", "-o", "claims/../claims/new.csv"}}) {
      CliRunner.Result r = CliRunner.run(dir, args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r);
      assertTrue(r.err().contains("never writes over the review's own files"), r.err());
    }
    Files.createSymbolicLink(dir.resolve("sneaky"), dir.resolve("claims"));
    assertEquals(2, CliRunner.run(dir, "export", "csv", "-o", "sneaky/x.csv").code());
    assertEquals(before, CliRunner.snapshot(dir), "nothing changed");
  }

  @Test
  void aDeviceIsWrittenInPlaceNotReplaced(@TempDir Path links) throws Exception {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    // through links in a temporary folder: were the device replaced by a regular file, the
    // link would be replaced, never the machine's /dev/null
    Path sink = Files.createSymbolicLink(links.resolve("sink"), Path.of("/dev/null"));
    Path full = Files.createSymbolicLink(links.resolve("full"), Path.of("/dev/full"));
    CliRunner.Result r = CliRunner.run(dir, "export", "csv", "-o", sink.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.isSymbolicLink(sink), "the link to /dev/null is still a link");
    CliRunner.Result f = CliRunner.run(dir, "export", "csv", "-o", full.toString());
    assertEquals(3, f.code(), f.toString());
    assertTrue(f.err().contains("cannot write"), f.err());
    assertTrue(Files.isSymbolicLink(full), "the link to /dev/full is still a link");
  }
}
