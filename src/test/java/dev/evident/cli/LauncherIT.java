package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs bin/evident and the shaded jar as real processes, as users and CI do. */
@Timeout(120)
class LauncherIT {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  static Run run(Path cwd, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
    pb.environment().put("LC_ALL", "C");
    pb.environment().put("TZ", "Pacific/Kiritimati");
    Path out = Files.createTempFile("out", ".txt");
    Path err = Files.createTempFile("err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(100, TimeUnit.SECONDS), "process timed out");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String launcher() {
    return Path.of("bin/evident").toAbsolutePath().toString();
  }

  @Test
  void versionAndHelpThroughTheLauncher() throws Exception {
    Run v = run(dir, launcher(), "--version");
    assertEquals(0, v.code(), v.err());
    assertTrue(v.out().matches("evident \\d+\\.\\d+\\.\\d+\\n"), v.out());
    Run h = run(dir, launcher(), "--help");
    assertEquals(0, h.code());
    assertTrue(h.out().contains("Exit codes:"), h.out());
    Run bad = run(dir, launcher(), "--no-such-option");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("Unknown option"), bad.err());
  }

  @Test
  void parseThroughTheLauncherIsDeterministicAndKeepsTheCommittedReview() throws Exception {
    Path fresh = Files.createDirectories(dir.resolve("fresh"));
    CliRunner.repoWithSeeds(fresh);
    Run first = run(dir, launcher(), "-C", fresh.toString(), "parse");
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.err());
    assertTrue(first.out().contains("parsed 5 seeds"), first.out());
    Path inProcess = Files.createDirectories(dir.resolve("in-process"));
    CliRunner.repoWithSeeds(inProcess);
    assertEquals(0, CliRunner.run(inProcess, "parse").code());
    assertEquals(CliRunner.snapshot(inProcess.resolve("claims")),
        CliRunner.snapshot(fresh.resolve("claims")), "process and in-process parse differ");
    Run second = run(fresh, launcher(), "parse");
    assertTrue(second.out().contains("wrote 0 files"), second.out());

    Path review = Files.createDirectories(dir.resolve("review"));
    CliRunner.repoWithSeeds(review);
    copyTree(Path.of("claims"), review.resolve("claims"));
    Run kept = run(review, launcher(), "parse");
    assertEquals(0, kept.code(), kept.err());
    assertEquals(CliRunner.snapshot(Path.of("claims")), CliRunner.snapshot(review.resolve("claims")),
        "parse changed the committed, curated review");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  @Test
  void badSeedGivesOneLineAndExitCodeThree() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve("seeds"));
    Files.write(repo.resolve("seeds/x.txt"), new byte[] {0, 1, 2});
    Run r = run(repo, "java", "-jar", Path.of("target/evident.jar").toAbsolutePath().toString(),
        "parse");
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("seeds/x.txt: error: binary file"), r.err());
    assertTrue(!r.err().contains("Exception"), r.err());
  }
}
