package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walker, one policy: a link is never followed, as an argument or inside seeds/. */
class SeedLinksTest {
  @TempDir
  Path dir;

  @TempDir
  Path outside;

  @Test
  void linksAreNeverFollowed() throws Exception {
    CliRunner.repoWithSeeds(dir);
    Files.writeString(outside.resolve("secret.txt"), "Hypoxia induces angiogenesis in solid "
        + "tumours, a finding kept outside the review.\n");
    Files.createSymbolicLink(dir.resolve("seeds/link.txt"), outside.resolve("secret.txt"));
    Files.createDirectories(dir.resolve("seeds/batch"));
    Files.createSymbolicLink(dir.resolve("seeds/batch/all"), dir.resolve("seeds"));
    CliRunner.Result arg = CliRunner.run(dir, "parse", "seeds/link.txt");
    assertEquals(2, arg.code(), arg.toString());
    assertTrue(arg.err().contains("seeds/link.txt: error: is a symbolic link"), arg.err());
    assertEquals(2, CliRunner.run(dir, "parse", "seeds/batch/all").code());
    CliRunner.Result all = CliRunner.run(dir, "parse", "-q");
    assertEquals(0, all.code(), all.toString());
    assertEquals(5, new Repository(dir).load().sources().size(), "each seed once, none outside");
  }
}
