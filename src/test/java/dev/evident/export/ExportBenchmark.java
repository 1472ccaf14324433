package dev.evident.export;

import dev.evident.cli.Cli;
import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Settings;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.model.Tag;
import dev.evident.query.Query;
import dev.evident.store.AtomicFile;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Measures export of a large generated review; not a test (surefire runs *Test only).
 *
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -Xmx1g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *       dev.evident.export.ExportBenchmark [CLAIMS] [--disk]
 * </pre>
 * CLAIMS defaults to 100000. It prints, per format, the time to render into a writer that
 * discards, the time to write a file through {@code -o}'s atomic writer, the output size, and
 * the heap held during the export beyond the claims themselves (sampled after a GC every 16 MB
 * of output, in a separate untimed run). {@code --disk} also writes the claims as files and times the whole command,
 * {@code evident export csv -o}, including loading every claim file.
 */
public final class ExportBenchmark {
  private ExportBenchmark() {}

  /** Counts characters, throws them away, and samples the heap now and then. */
  private static final class Probe extends Writer {
    long chars;
    long nextProbe = 1 << 24;
    long maxUsed;

    @Override
    public void write(char[] buf, int off, int len) {
      count(len);
    }

    @Override
    public void write(String s, int off, int len) {
      count(len);
    }

    @Override
    public void write(int c) {
      count(1);
    }

    private void count(int n) {
      chars += n;
      if (chars >= nextProbe) {
        nextProbe += 1 << 24;
        maxUsed = Math.max(maxUsed, usedAfterGc());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  public static void main(String[] args) throws IOException {
    int n = 100_000;
    boolean disk = false;
    for (String a : args) {
      if (a.equals("--disk")) {
        disk = true;
      } else {
        n = Integer.parseInt(a);
      }
    }
    ClaimSet set = generate(n);
    long baseline = usedAfterGc();
    System.out.printf(Locale.ROOT, "%d claims, %d sources; heap holding them: %.1f MB; "
        + "JDK %s, %d cores, max heap %d MB%n", set.claims().size(), set.sources().size(),
        baseline / 1e6, System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    Path dir = Files.createTempDirectory("evident-bench");
    try {
      for (int round = 1; round <= 3; round++) {
        System.out.println("round " + round + (round == 1 ? " (cold JIT)" : ""));
        measure("csv", set, baseline, dir.resolve("out.csv"),
            (sel, w) -> new CsvExport(CsvExport.Options.defaults()).write(sel, w));
        measure("csv --excel", set, baseline, dir.resolve("out.csv"),
            (sel, w) -> new CsvExport(new CsvExport.Options(null, true)).write(sel, w));
        measure("markdown", set, baseline, dir.resolve("out.md"),
            (sel, w) -> new MarkdownExport(MarkdownExport.Options.defaults()).write(sel, w));
        measure("markdown --quotes --group-by source", set, baseline, dir.resolve("out.md"),
            (sel, w) -> new MarkdownExport(new MarkdownExport.Options(null,
                MarkdownExport.GroupBy.SOURCE, true)).write(sel, w));
      }
      if (disk) {
        endToEnd(set, dir.resolve("repo"));
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private interface Render {
    int run(Selection sel, Writer w) throws IOException;
  }

  private static void measure(String name, ClaimSet set, long baseline, Path file, Render r)
      throws IOException {
    Selection sel = Selection.of(set, Query.all());
    Probe discard = new Probe();
    discard.nextProbe = Long.MAX_VALUE;
    long t0 = System.nanoTime();
    r.run(sel, discard);
    long render = System.nanoTime() - t0;
    Probe probe = new Probe(); // a separate run: its GCs would distort the timings
    r.run(sel, probe);
    long held = Math.max(0, probe.maxUsed - baseline);
    t0 = System.nanoTime();
    AtomicFile.write(file, w -> r.run(sel, w));
    long toFile = System.nanoTime() - t0;
    System.out.printf(Locale.ROOT, "  %-38s render %6.2f s   to file %6.2f s   %7.1f MB   "
        + "heap held beyond claims %5.1f MB%n", name, render / 1e9, toFile / 1e9,
        Files.size(file) / 1e6, held / 1e6);
  }

  private static void endToEnd(ClaimSet set, Path repo) throws IOException {
    long t0 = System.nanoTime();
    for (Source s : set.sources().values()) {
      write(repo.resolve(ClaimSet.sourcePath(s.id())), Codec.write(s));
    }
    for (Claim c : set.claims().values()) {
      write(repo.resolve(ClaimSet.claimPath(c.source(), c.id())), Codec.write(c));
    }
    System.out.printf(Locale.ROOT, "wrote %d claim files in %.1f s%n", set.claims().size(),
        (System.nanoTime() - t0) / 1e9);
    for (String[] cmd : List.of(new String[] {"csv", "-o", "out.csv"},
        new String[] {"markdown", "-o", "out.md"})) {
      List<String> argv = new ArrayList<>(List.of("-C", repo.toString(), "export"));
      argv.addAll(List.of(cmd));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      t0 = System.nanoTime();
      int code = Cli.run(argv.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
      System.out.printf(Locale.ROOT, "  evident export %-20s exit %d  %6.2f s (load + export)"
          + "  %s", String.join(" ", cmd), code, (System.nanoTime() - t0) / 1e9, out);
    }
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** A deterministic review of n claims, 50 per source, with realistic text lengths. */
  static ClaimSet generate(int n) {
    Random rnd = new Random(42);
    List<Tag> vocab = Settings.defaults().vocabulary().tags();
    String[] words = ("tumor cells matrix hypoxia signaling migration invasion fibroblasts "
        + "collagen stiffness integrin vesicles exosomes macrophages angiogenesis VEGF TGF-beta "
        + "| <b> `code` *emphasis* = + - @ \\ [ref]").split(" ");
    Map<String, Source> sources = new TreeMap<>();
    Map<String, Claim> claims = new TreeMap<>();
    int perSource = 50;
    Relation[] relations = Relation.values();
    Status[] statuses = Status.values();
    for (int i = 0; i < n; i++) {
      String sourceId = String.format(Locale.ROOT, "author-%04d-src%05d", 2000 + i % 25,
          i / perSource);
      if (!sources.containsKey(sourceId)) {
        sources.put(sourceId, new Source(sourceId,
            new SeedRef("seeds/" + sourceId + ".txt", "0".repeat(64), SeedFormat.values()[0]),
            sentence(rnd, words, 12), List.of("Author A", "Other B"), "Journal", 2000 + i % 25,
            null, i % 3 == 0 ? null : "10.1000/" + sourceId, null, null, null, List.of(),
            PublicationType.REVIEW, true, List.of()));
      }
      String id = String.format(Locale.ROOT, "%s-%06x", sourceId, i);
      Design d = Design.values()[rnd.nextInt(Design.values().length)];
      List<String> tags = new ArrayList<>();
      for (int t = rnd.nextInt(4); t > 0; t--) {
        String tag = vocab.get(rnd.nextInt(vocab.size())).name();
        if (!tags.contains(tag)) {
          tags.add(tag);
        }
      }
      tags.sort(null);
      Relation rel = relations[rnd.nextInt(relations.length)];
      Claim c = Claim.extracted(id, sourceId, sentence(rnd, words, 25), sentence(rnd, words, 40),
          new Locator("Results", i, i + 300, 1 + i % 900, 1),
          new Mechanism(sentence(rnd, words, 3), rel, sentence(rnd, words, 4), rel.direction(),
              rnd.nextBoolean(), false),
          new Evidence(d.level(), d, d.eco(), "generated", null), tags)
          .toBuilder().status(statuses[rnd.nextInt(statuses.length)])
          .links(i % 20 == 0 && i > 0 ? List.of(new Link(LinkRelation.CONTRADICTS,
              String.format(Locale.ROOT, "%s-%06x", sourceId, i - 1), "generated"))
              : List.of())
          .build();
      claims.put(id, c);
    }
    return new ClaimSet(Settings.defaults(), false, sources, claims, Map.of(), Map.of(),
        Map.of());
  }

  private static String sentence(Random rnd, String[] words, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(words[rnd.nextInt(words.length)]);
    }
    return sb.toString();
  }
}
