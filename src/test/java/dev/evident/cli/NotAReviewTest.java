package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run where there is no review fails the same way, whatever the command. */
class NotAReviewTest {
  @TempDir
  Path dir;

  @Test
  void everyCommandThatReadsClaimsSaysSoWithExitTwo() throws Exception {
    Files.createDirectories(dir.resolve("seeds"));
    for (List<String> cmd : List.of(List.of("list"), List.of("stats"), List.of("tags"),
        List.of("fmt", "--check"), List.of("review", "--batch"), List.of("lint"),
        List.of("export", "csv"), List.of("conflicts"), List.of("show", "x"),
        List.of("source", "list"), List.of("accept", "x", "--reason", "r"))) {
      CliRunner.Result r = CliRunner.run(dir, cmd.toArray(String[]::new));
      assertEquals(2, r.code(), cmd + ": " + r);
      assertTrue(r.err().contains("not an evident repository: no claims/; run 'evident init' "
          + "or use -C"), cmd + ": " + r.err());
      assertEquals("", r.out(), cmd + " prints no data");
    }
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code(),
        "parse makes claims/ (the seeds folder is empty, so it parses nothing)");
  }
}
