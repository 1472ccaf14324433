package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.evident.store.Codec;
import dev.evident.store.Repository;
import dev.evident.store.RepositoryLock;
import dev.evident.store.WritePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code parse} process (SIGKILL, via {@link Process#destroyForcibly}) at seeded
 * random moments while it rewrites many claim files. Afterwards every claim file must be
 * wholly the old or wholly the new version and readable; the next run must clean up leftover
 * temporary files, take over the dead process's lock and finish the job.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class KillDuringParseIT {
  private static final int SEEDS = 60;
  private static final int ITERATIONS = 20;
  private static final long RANDOM_SEED = 20260101L;

  @TempDir
  Path base;

  @Test
  void everyClaimFileIsWhollyOldOrWhollyNewAfterAKill() throws Exception {
    Path template = base.resolve("template");
    Files.createDirectories(template.resolve("seeds"));
    List<Path> originals;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      originals = s.sorted().toList();
    }
    for (int i = 0; i < SEEDS; i++) {
      Path from = originals.get(i % originals.size());
      Files.copy(from, template.resolve(String.format(java.util.Locale.ROOT, "seeds/%03d_%s", i,
          from.getFileName())));
    }
    assertEquals(0, CliRunner.run(template, "parse", "-q").code());
    Map<String, String> before = contents(template.resolve("claims"));

    // the change: a blank line half way through each seed shifts every later locator, so
    // many claim files get a new version and some keep the old one
    try (Stream<Path> s = Files.list(template.resolve("seeds"))) {
      for (Path seed : s.toList()) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        int at = text.indexOf("\n\n", text.length() / 2);
        if (at > 0) {
          Files.writeString(seed, text.substring(0, at) + "\n" + text.substring(at),
              StandardCharsets.UTF_8);
        }
      }
    }
    Path ref = base.resolve("ref");
    copyTree(template, ref);
    long t0 = System.nanoTime();
    Process full = start(ref);
    long writeStart = awaitLock(full, ref.resolve("claims").resolve(RepositoryLock.NAME));
    assertTrue(full.waitFor(5, TimeUnit.MINUTES));
    long end = System.nanoTime();
    long fullMillis = (end - t0) / 1_000_000;
    long writeMillis = Math.max(1, (end - writeStart) / 1_000_000);
    assertEquals(0, full.exitValue(), Files.readString(ref.resolve("err.txt")));
    Map<String, String> after = contents(ref.resolve("claims"));
    int changing = 0;
    for (Map.Entry<String, String> e : after.entrySet()) {
      if (!e.getValue().equals(before.get(e.getKey()))) {
        changing++;
      }
    }
    assertTrue(changing > 100, "only " + changing + " files change; the test would not bite");

    Random random = new Random(RANDOM_SEED);
    int mixed = 0;
    int leftoverRuns = 0;
    int staleLocks = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      Path work = base.resolve("run" + i);
      copyTree(template, work);
      // most kills land while files are written (after the lock appears), some before
      boolean early = i % 4 == 0;
      long delay = (long) (random.nextDouble() * (early ? fullMillis : writeMillis * 1.2));
      Process p = start(work);
      if (!early) {
        awaitLock(p, work.resolve("claims").resolve(RepositoryLock.NAME));
      }
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed process did not exit");
      }

      Path claims = work.resolve("claims");
      int oldCount = 0;
      int newCount = 0;
      for (Map.Entry<String, String> e : contents(claims).entrySet()) {
        String rel = e.getKey();
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        if (name.startsWith(WritePlan.TEMP_PREFIX) || name.equals(RepositoryLock.NAME)) {
          continue;
        }
        String text = e.getValue();
        boolean isOld = text.equals(before.get(rel));
        boolean isNew = text.equals(after.get(rel));
        if (!isOld && !isNew) {
          fail("run " + i + " (killed after " + delay + " ms): " + rel
              + " is neither the old nor the new version");
        }
        if (isOld && !isNew) {
          oldCount++;
        } else if (isNew && !isOld) {
          newCount++;
        }
        if (name.equals("source.yaml")) {
          Codec.readSource(rel, text);
        } else {
          Codec.readClaim(rel, text);
        }
      }
      if (oldCount > 0 && newCount > 0) {
        mixed++;
      }
      List<String> leftovers = new Repository(work).leftovers();
      if (!leftovers.isEmpty()) {
        leftoverRuns++;
      }
      if (Files.exists(claims.resolve(RepositoryLock.NAME))) {
        staleLocks++;
      }

      CliRunner.Result next = CliRunner.run(work, "parse", "-q");
      assertEquals(0, next.code(), "run " + i + ": " + next);
      for (String left : leftovers) {
        assertTrue(next.err().contains(left + ": warning: removed a temporary file left by an "
            + "interrupted run"), next.err());
      }
      assertEquals(after, contents(claims), "run " + i + ": the next parse did not finish");
      deleteTree(work);
    }
    System.out.printf(java.util.Locale.ROOT, "KillDuringParseIT: full run %d ms (writing %d ms);"
        + " %d kills: %d left a mix of old and new files, %d left temporary files, %d left a "
        + "stale lock%n", fullMillis, writeMillis, ITERATIONS, mixed, leftoverRuns, staleLocks);
    assertTrue(mixed + leftoverRuns > 0, "no kill landed while files were being written");
    assertTrue(staleLocks > 0, "no kill left a lock behind, so stale-lock recovery went untested");
  }

  /** Waits until the process takes the repository lock (it starts writing); returns when. */
  private static long awaitLock(Process p, Path lock) throws InterruptedException {
    while (!Files.exists(lock) && p.isAlive()) {
      Thread.sleep(1);
    }
    return System.nanoTime();
  }

  private static Process start(Path dir) throws IOException {
    ProcessBuilder pb = new ProcessBuilder("java", "-jar",
        Path.of("target/evident.jar").toAbsolutePath().toString(), "parse", "-q")
        .directory(dir.toFile());
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    return pb.start();
  }

  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'),
            new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
