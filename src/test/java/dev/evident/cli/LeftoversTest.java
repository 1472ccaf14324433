package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files a killed write left behind go with the next write of any command. */
class LeftoversTest {
  @TempDir
  Path dir;

  @Test
  void anyWriteRemovesLeftovers() throws Exception {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    String id = new Repository(dir).load().claimList().get(0).id();
    String source = new Repository(dir).load().claims().get(id).source();
    Path leftover = dir.resolve("claims").resolve(source)
        .resolve(dev.evident.store.WritePlan.TEMP_PREFIX + "123.tmp");
    Path top = dir.resolve("claims").resolve(dev.evident.store.WritePlan.TEMP_PREFIX + "9.tmp");
    Files.writeString(leftover, "half a file");
    Files.writeString(top, "half a file");
    assertEquals(0, CliRunner.run(dir, "accept", id, "--reason", "ok", "--by", "Ada").code());
    assertFalse(Files.exists(leftover));
    assertFalse(Files.exists(top));
  }
}
