package dev.evident.check;

import dev.evident.app.CheckService;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lint's own time on a review built from the project's seeds: every sentence of 40 to 400
 * characters becomes a claim (with its quote at its real locator). Not a test; run by hand:
 *
 * <pre>
 * mvn -q -B -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) dev.evident.check.LintBenchmark DIR
 * </pre>
 *
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}). It writes the
 * review to DIR, which can then be linted with the real launcher too. When DIR already holds
 * a claims/ folder (for example {@code .}, the project's own review) it is linted as it is.
 */
public final class LintBenchmark {
  private LintBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    if (Files.isDirectory(dir.resolve("claims"))) {
      time(dir, -1, -1); // an existing review, such as the project's own claims
      return;
    }
    ReviewBuilder b = new ReviewBuilder();
    int claims = 0;
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      seeds = s.sorted().toList();
    }
    int n = 0;
    for (Path seed : seeds) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      String file = "seeds/" + seed.getFileName();
      String source = String.format(Locale.ROOT, "seed-%d", n++);
      b.seed(file, text).source(source, file, null, "Seed " + seed.getFileName());
      int k = 0;
      for (String sentence : text.split("(?<=[.!?])\\s+")) {
        String q = sentence.strip();
        if (q.length() < 40 || q.length() > 400 || q.contains("\n") || text.indexOf(q) < 0) {
          continue;
        }
        String id = String.format(Locale.ROOT, "%s-%05x", source, k++);
        if (b.claims().containsKey(id)) {
          continue;
        }
        b.claim(id, source, q, q, "subject " + (k % 50), k % 3 == 0 ? Relation.INHIBITS
            : Relation.PROMOTES, "object " + (k % 37), false, Status.EXTRACTED, 5);
        claims++;
      }
    }
    b.write(dir);
    time(dir, claims, seeds.size());
  }

  private static void time(Path dir, int claims, int seeds) {
    CheckService service = new CheckService(new Repository(dir));
    for (int run = 1; run <= 5; run++) {
      long t0 = System.nanoTime();
      LintResult r = service.lint();
      System.out.printf(Locale.ROOT, "run %d: %d files, %d findings, %.0f ms%n", run,
          r.files(), r.findings().size(), (System.nanoTime() - t0) / 1e6);
    }
  }
}
