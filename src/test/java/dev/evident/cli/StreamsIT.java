package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard streams that are closed or full, and a locale that is not UTF-8, through bin/evident
 * as a shell runs it (LauncherIT.run sets LC_ALL=C).
 */
@Timeout(180)
class StreamsIT {
  @TempDir
  Path dir;

  private String launcher;

  @BeforeEach
  void repo() throws Exception {
    launcher = Path.of("bin/evident").toAbsolutePath().toString();
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, LauncherIT.run(dir, launcher, "parse", "-q").code());
  }

  private LauncherIT.Run sh(String script) throws Exception {
    return LauncherIT.run(dir, "bash", "-c", script.replace("EVIDENT", "'" + launcher + "'"));
  }

  @Test
  void lostOutputIsAFailureButAClosedPipeIsNot() throws Exception {
    LauncherIT.Run closed = sh("EVIDENT list >&-");
    assertEquals(3, closed.code(), closed.err());
    assertTrue(closed.err().contains("standard output is closed"), closed.err());
    for (String cmd : new String[] {"list", "export csv", "export markdown",
        "lint --format json", "stats"}) {
      LauncherIT.Run full = sh("EVIDENT " + cmd + " > /dev/full");
      assertEquals(3, full.code(), cmd + ": " + full.err());
      assertTrue(full.err().contains("cannot write to standard output (No space left on "
          + "device)"), cmd + ": " + full.err());
    }
    LauncherIT.Run head = sh("set -o pipefail; EVIDENT list | head -1");
    assertEquals(0, head.code(), head.err());
    assertEquals("", head.err());
  }

  @Test
  void aClosedStandardInputIsEmptyInput() throws Exception {
    LauncherIT.Run r = sh("EVIDENT shell --batch <&-");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aNonUtf8LocaleStillReadsAndWritesUtf8() throws Exception {
    Path seed = dir.resolve("seeds").resolve(Files.list(dir.resolve("seeds"))
        .filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow()
        .getFileName());
    Files.move(seed, dir.resolve("seeds/f\u00edgado-\u00fcbersicht.txt"));
    LauncherIT.Run p = LauncherIT.run(dir, launcher, "parse");
    assertEquals(0, p.code(), p.err());
    assertTrue(p.out().contains("seeds/f\u00edgado-\u00fcbersicht.txt"), p.out());
    String id = new Repository(dir).load().claimList().get(0).id();
    // the bytes of the arguments are UTF-8 whatever this JVM's own locale is
    LauncherIT.Run a = sh("EVIDENT accept " + id + " --by $'Jos\\xc3\\xa9' --reason "
        + "$'stra\\xc3\\x9fe'");
    assertEquals(0, a.code(), a.err());
    var decision = new Repository(dir).load().claims().get(id).decision();
    assertEquals("Jos\u00e9", decision.by());
    assertEquals("stra\u00dfe", decision.reason());
  }
}
