package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.store.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing evident writes is a file its own reader refuses. */
class WriteLimitsTest {
  @TempDir
  Path dir;

  @Test
  void aSeedOfOneHugeLineGivesNoUnreadableClaim() throws Exception {
    Files.createDirectories(dir.resolve("seeds"));
    // 6 MB of text without a sentence stop, with a causal verb in it
    String line = "Hypoxia induces angiogenesis in tumours and ".repeat(140_000);
    Files.writeString(dir.resolve("seeds/huge.txt"), "A title\n\n" + line + "\n",
        StandardCharsets.UTF_8);
    CliRunner.Result p = CliRunner.run(dir, "parse");
    assertEquals(0, p.code(), p.err());
    assertEquals(0, CliRunner.run(dir, "list").code(), "every file parse wrote reads back");
    assertEquals(0, new Repository(dir).load().claims().size());
  }

  @Test
  void anOversizedNoteIsRefusedAndNothingChanges() throws Exception {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    String id = new Repository(dir).load().claimList().get(0).id();
    Map<String, String> before = CliRunner.snapshot(dir.resolve("claims"));
    CliRunner.Result r = CliRunner.run(dir, "edit", id, "--note", "n".repeat(1_100_000));
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("over the 262144 a claim or source file may hold; nothing was "
        + "written"), r.err());
    assertEquals(before, CliRunner.snapshot(dir.resolve("claims")));
    assertEquals(0, CliRunner.run(dir, "list").code());
  }
}
