package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.query.Query;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code evident diff} between two revisions of a large review: N claims (default
 * 100,000) in N/50 source folders, then a commit changing 1% of them (re-worded, re-tagged,
 * accepted, removed, added in equal parts). Not a test (surefire runs only *Test); run it with
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *       dev.evident.diff.DiffBenchmark [N] [DIR]
 * </pre>
 * DIR (default: a new temporary folder) is kept, so the command line can be timed too:
 * {@code time bin/evident -C DIR diff HEAD~1 HEAD --format markdown > /dev/null}.
 */
public final class DiffBenchmark {
  private DiffBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("evident-bench");
    if (Files.isDirectory(dir.resolve(".git"))) {
      System.out.println("reusing the repository in " + dir + " (delete it to rebuild)");
    } else {
      build(n, dir);
    }
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "%d cores, load average %.1f before the runs%n",
        Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
    for (int run = 1; run <= 5; run++) {
      long cpu0 = os.getProcessCpuTime();
      long s = System.nanoTime();
      DiffResult d = new DiffService(dir, new SimpleConflictFinder()).run(
          new DiffService.Request(new Side.Revision("HEAD~1"), new Side.Revision("HEAD"),
              Query.all()));
      long e = System.nanoTime();
      String md = MarkdownReport.render(d);
      long m = System.nanoTime();
      long cpu1 = os.getProcessCpuTime();
      System.out.printf(Locale.ROOT, "run %d: diff HEAD~1 HEAD %.2f s wall (JVM CPU %.2f s), "
          + "markdown %.2f s, %,d changes (%s)%n", run, (e - s) / 1e9, (cpu1 - cpu0) / 1e9,
          (m - e) / 1e9, d.changes().size(), d.summary());
      if (md.isEmpty()) {
        throw new IllegalStateException("empty report");
      }
    }
    System.out.printf(Locale.ROOT, "reproduce: java ... dev.evident.diff.DiffBenchmark %d %s;"
        + " then: time bin/evident -C %s diff HEAD~1 HEAD --format markdown > /dev/null%n", n,
        dir, dir);
  }

  private static void build(int n, Path dir) throws Exception {
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    GitRepo r = GitRepo.init(dir);
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String src = String.format(Locale.ROOT, "src-%04d", i / 50);
      if (i % 50 == 0) {
        r.write(GitRepo.source(src, "Source number " + i / 50));
      }
      Claim c = GitRepo.claim(String.format(Locale.ROOT, "%s-%06x", src, i), src,
          "Factor " + i + " promotes process " + (i * 7 % 1000) + " in cell line " + i + ".",
          "factor " + i, Relation.PROMOTES, "process " + (i * 7 % 1000) + " in line " + i);
      claims.add(c);
      r.write(c);
    }
    r.commit("base");
    long t1 = System.nanoTime();
    int changed = n / 100;
    for (int k = 0; k < changed; k++) {
      Claim c = claims.get(k * 100 + 37);
      switch (k % 5) {
        case 0 -> r.write(c.toBuilder().statement(c.statement() + " (revised)").build());
        case 1 -> r.write(c.toBuilder().tags(List.of("hypoxia")).build());
        case 2 -> r.write(c.toBuilder().status(Status.ACCEPTED)
            .decision(new Decision("bench", "ok")).build());
        case 3 -> r.delete(DiffGoldenTest.path(c));
        default -> r.write(GitRepo.claim(c.id() + "-new", c.source(), "New claim " + k + ".",
            "new " + k, Relation.INHIBITS, "target " + k));
      }
    }
    r.commit("change 1%");
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "repository: %s%n%,d claims, %,d changed; built in %.1f s, "
        + "change committed in %.1f s%n", dir, n, changed, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }
}
