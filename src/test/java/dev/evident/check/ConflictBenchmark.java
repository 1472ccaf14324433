package dev.evident.check;

import dev.evident.model.Claim;
import java.util.List;
import java.util.Locale;

/**
 * How conflict detection's time grows with the number of claims. Not a test (surefire runs
 * only *Test classes); run it by hand:
 *
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp target/classes:target/test-classes dev.evident.check.ConflictBenchmark [sizes...]
 * </pre>
 *
 * Default sizes: 10000 20000 50000 100000. Each size is generated with a fixed seed, detected
 * once to warm up, then timed as the best of three runs.
 */
public final class ConflictBenchmark {
  private ConflictBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {10_000, 20_000, 50_000, 100_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    System.out.printf(Locale.ROOT, "%-9s %10s %14s %12s %10s %10s %10s %10s%n", "claims",
        "best ms", "pairs compared", "all pairs", "contra", "dup", "incons", "corrob");
    ConflictDetector detector = new ConflictDetector();
    for (int n : sizes) {
      Synthetic gen = new Synthetic(7);
      List<Claim> claims = gen.claims(n);
      detector.detect(claims, gen.sources()); // warm-up
      long best = Long.MAX_VALUE;
      ConflictReport r = null;
      for (int run = 0; run < 3; run++) {
        long t0 = System.nanoTime();
        r = detector.detect(claims, gen.sources());
        best = Math.min(best, System.nanoTime() - t0);
      }
      System.out.printf(Locale.ROOT, "%-9d %10.0f %14d %12d %10d %10d %10d %10d%n", n,
          best / 1e6, r.compared(), (long) n * (n - 1) / 2,
          r.count(Conflict.Kind.CONTRADICTION), r.count(Conflict.Kind.DUPLICATE),
          r.count(Conflict.Kind.INCONSISTENT_EVIDENCE), r.count(Conflict.Kind.CORROBORATION));
    }
    System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %d MiB%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
