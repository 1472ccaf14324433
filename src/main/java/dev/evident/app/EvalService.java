package dev.evident.app;

import dev.evident.ingest.Document;
import dev.evident.ingest.Ingester;
import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Gold;
import dev.evident.model.QuoteText;
import dev.evident.model.Source;
import dev.evident.store.ClaimSet;
import dev.evident.store.GoldCodec;
import dev.evident.store.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code evident eval}: measures extraction on labelled documents. The documents are copied
 * into a temporary review repository and parsed there by the same service as {@code parse};
 * claims are scored against the labelled sentences and triples ({@link GoldScore}) and the
 * source records against the labelled bibliographic facts. Nothing in the user's repository is
 * read or written except the gold files and their documents.
 */
public final class EvalService {
  /** The bibliographic fields scored, in report order. */
  public static final List<String> FIELDS = List.of(
      "title", "first_author", "journal", "year", "doi", "pmid", "pmcid", "publication_type");

  /** How one field fared on one document or a whole set. */
  public record Tally(int stated, int right, int wrong, int missing, int invented) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

    public Tally plus(Tally o) {
      return new Tally(stated + o.stated, right + o.right, wrong + o.wrong, missing + o.missing,
          invented + o.invented);
    }

    /** Stated facts recorded right, of all stated facts (1 when none is stated). */
    public double accuracy() {
      return stated == 0 ? 1.0 : (double) right / stated;
    }
  }

  /** One document's result. {@code facts} is empty when the label states none. */
  public record DocResult(String gold, String document, String shape, String format,
      String error, GoldScore.Counts counts, Map<String, Tally> facts,
      List<String> factErrors) {
    public DocResult {
      facts = new LinkedHashMap<>(facts);
      factErrors = List.copyOf(factErrors);
    }
  }

  /** All documents, with totals. */
  public record Report(List<DocResult> documents) {
    public Report {
      documents = List.copyOf(documents);
    }

    public GoldScore.Counts total() {
      GoldScore.Counts t = GoldScore.Counts.ZERO;
      for (DocResult d : documents) {
        t = t.plus(d.counts());
      }
      return t;
    }

    public Map<String, Tally> factTotals() {
      Map<String, Tally> out = new LinkedHashMap<>();
      for (String f : FIELDS) {
        Tally t = Tally.ZERO;
        for (DocResult d : documents) {
          t = t.plus(d.facts().getOrDefault(f, Tally.ZERO));
        }
        out.put(f, t);
      }
      return out;
    }

    /** Labelled documents that state bibliographic facts. */
    public int documentsWithFacts() {
      return (int) documents.stream().filter(d -> !d.facts().isEmpty()).count();
    }
  }

  private final Path base;

  /** @param base where relative gold paths start and where {@code seeds/} is looked for */
  public EvalService(Path base) {
    this.base = base;
  }

  /** Reads the gold files named (files, or folders searched for them) and scores them. */
  public Report run(List<String> paths) {
    List<Gold> golds = load(paths);
    if (golds.isEmpty()) {
      throw EvidentException.usage("evident eval: error: no gold files found in "
          + String.join(", ", paths) + " (see docs/eval.md)");
    }
    Path tmp;
    try {
      tmp = Files.createTempDirectory("evident-eval");
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, "evident eval: error: cannot make a temporary folder: "
          + e.getMessage());
    }
    try {
      return score(golds, tmp);
    } finally {
      deleteTree(tmp);
    }
  }

  private Report score(List<Gold> golds, Path tmp) {
    Path seeds = tmp.resolve(Repository.SEEDS);
    Map<Gold, String> seedNames = new LinkedHashMap<>();
    Map<Gold, byte[]> bytes = new LinkedHashMap<>();
    try {
      Files.createDirectories(seeds);
      Files.createDirectories(tmp.resolve(Repository.CLAIMS));
      int n = 0;
      for (Gold g : golds) {
        Path doc = documentOf(g);
        byte[] b = Files.readAllBytes(doc);
        // a number first keeps two documents of the same name apart
        String name = String.format(Locale.ROOT, "%03d-%s", n++, doc.getFileName());
        Files.write(seeds.resolve(name), b);
        seedNames.put(g, Repository.SEEDS + "/" + name);
        bytes.put(g, b);
      }
    } catch (IOException e) {
      throw new EvidentException(EvidentException.Kind.IO, "evident eval: error: " + e.getMessage());
    }
    Repository repo = new Repository(tmp);
    ParseService.Result parsed = new ParseService(repo).run(
        new ParseService.Request(List.of(), false, true));
    Map<String, String> errors = new LinkedHashMap<>();
    parsed.problems().forEach(p -> errors.put(p.path(), p.message()));
    ClaimSet set = repo.load();
    Map<String, Source> sourceBySeed = new LinkedHashMap<>();
    for (Source s : set.sources().values()) {
      sourceBySeed.put(s.seed().file(), s);
    }
    Map<String, List<Claim>> claimsBySource = new LinkedHashMap<>();
    for (Claim c : set.claimList()) {
      claimsBySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
    }
    Ingester ingester = new Ingester();
    List<DocResult> out = new ArrayList<>();
    for (Gold g : golds) {
      String seed = seedNames.get(g);
      Source src = sourceBySeed.get(seed);
      String error = src == null ? errors.getOrDefault(seed, "not parsed") : null;
      List<GoldScore.Claimed> claimed = new ArrayList<>();
      String format = src == null ? null : src.seed().format().wire();
      if (src != null) {
        Document doc = ingester.read(seed, bytes.get(g));
        for (Claim c : claimsBySource.getOrDefault(src.id(), List.of())) {
          claimed.add(new GoldScore.Claimed(seen(doc, c), c.mechanism()));
        }
      }
      GoldScore.Counts counts = GoldScore.score(claimed, g.sentences());
      Map<String, Tally> facts = new LinkedHashMap<>();
      List<String> factErrors = new ArrayList<>();
      if (g.source() != null) {
        compareFacts(g.source(), src, facts, factErrors);
      }
      out.add(new DocResult(g.path(), g.document(), g.shape(), format, error, counts, facts,
          factErrors));
    }
    return new Report(out);
  }

  /**
   * A claim's quote as a reader sees it: cut from the document's prose view at the claim's
   * offsets, so markup in a quote (tags, wiki links) does not count against it.
   */
  static String seen(Document doc, Claim c) {
    int a = c.locator().start();
    int b = c.locator().end();
    if (a < 0 || b > doc.prose().length() || a > b) {
      return c.quote();
    }
    return QuoteText.normalize(doc.prose().substring(a, b)
        .replace(String.valueOf(Document.UNSEEN), ""));
  }

  private void compareFacts(Gold.Facts gold, Source src, Map<String, Tally> facts,
      List<String> errors) {
    Map<String, String> labelled = factValues(gold);
    Map<String, String> recorded = src == null ? new LinkedHashMap<>() : recordValues(src);
    for (String f : FIELDS) {
      String want = labelled.get(f);
      String got = recorded.get(f);
      Tally t;
      if (want == null && f.equals("publication_type") && got != null
          && UNSTATED_TYPES.contains(got)) {
        t = Tally.ZERO; // "article", "web-qa", "summary": the kind of page, no stated type
      } else if (want == null) {
        t = got == null ? Tally.ZERO : new Tally(0, 0, 0, 0, 1);
        if (got != null) {
          errors.add(f + ": invented \"" + got + "\"");
        }
      } else if (got == null) {
        t = new Tally(1, 0, 0, 1, 0);
        errors.add(f + ": missing \"" + want + "\"");
      } else if (sameFact(f, want, got)) {
        t = new Tally(1, 1, 0, 0, 0);
      } else {
        t = new Tally(1, 0, 1, 0, 0);
        errors.add(f + ": \"" + got + "\", labelled \"" + want + "\"");
      }
      facts.put(f, t);
    }
  }

  /** Record types that say what kind of page a seed is, not what its text states it is. */
  private static final java.util.Set<String> UNSTATED_TYPES = java.util.Set.of(
      "article", "web-qa", "summary");

  private static Map<String, String> factValues(Gold.Facts g) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("title", g.title());
    m.put("first_author", g.firstAuthor());
    m.put("journal", g.journal());
    m.put("year", g.year() == null ? null : String.valueOf(g.year()));
    m.put("doi", g.doi());
    m.put("pmid", g.pmid());
    m.put("pmcid", g.pmcid());
    m.put("publication_type", g.publicationType() == null ? null : g.publicationType().wire());
    return m;
  }

  private static Map<String, String> recordValues(Source s) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("first_author", familyName(s.firstAuthor()));
    m.put("journal", s.journal());
    m.put("year", s.year() == null ? null : String.valueOf(s.year()));
    m.put("doi", s.doi());
    m.put("pmid", s.pmid());
    m.put("pmcid", s.pmcid());
    m.put("publication_type", s.publicationType() == null ? null : s.publicationType().wire());
    return m;
  }

  private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}{1,3}|(?:\\p{Lu}\\.\\s?)+)$");

  /**
   * The family name of an author as records write them: "Chen R" and "Chen RX" give "Chen",
   * "Rui Chen" gives "Chen", "Chen, Rui" gives "Chen".
   */
  static String familyName(String author) {
    if (author == null || author.isBlank()) {
      return null;
    }
    String a = author.trim();
    int comma = a.indexOf(',');
    if (comma > 0) {
      return a.substring(0, comma).trim();
    }
    String[] parts = a.split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    String last = parts[parts.length - 1];
    if (INITIALS.matcher(last).matches()) {
      return String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1));
    }
    return last;
  }

  private static final Pattern DOI_PREFIX = Pattern.compile(
      "^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}]+");

  /**
   * Whether a recorded value states the labelled fact: case, whitespace, punctuation and a
   * trailing period do not count; a DOI is compared without its resolver prefix; a PMCID with
   * or without "PMC".
   */
  static boolean sameFact(String field, String labelled, String recorded) {
    String a = labelled.trim();
    String b = recorded.trim();
    switch (field) {
      case "doi" -> {
        a = DOI_PREFIX.matcher(a).replaceFirst("");
        b = DOI_PREFIX.matcher(b).replaceFirst("");
        return a.equalsIgnoreCase(b);
      }
      case "pmcid" -> {
        return stripPmc(a).equalsIgnoreCase(stripPmc(b));
      }
      default -> {
        return loose(a).equals(loose(b));
      }
    }
  }

  private static String stripPmc(String s) {
    return s.toUpperCase(Locale.ROOT).startsWith("PMC") ? s.substring(3) : s;
  }

  private static String loose(String s) {
    String t = PUNCT.matcher(QuoteText.normalize(s).toLowerCase(Locale.ROOT)).replaceAll(" ");
    return t.replaceAll("\\s+", " ").trim();
  }

  // ---- finding and reading the gold files

  private List<Gold> load(List<String> paths) {
    List<Path> files = new ArrayList<>();
    for (String p : paths) {
      Path path = base.resolve(p);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.walk(path)) {
          s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
              && f.getFileName().toString().endsWith(".yaml"))
              .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
        } catch (IOException e) {
          throw new EvidentException(EvidentException.Kind.IO, p + ": error: " + e.getMessage());
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw EvidentException.usage(p + ": error: no such gold file or folder");
      }
    }
    List<Gold> golds = new ArrayList<>();
    Map<String, Gold.Facts> facts = new LinkedHashMap<>();
    for (Path f : files) {
      String display = display(f);
      String text = read(f, display);
      switch (GoldCodec.kind(display, text)) {
        case GOLD -> golds.add(GoldCodec.read(display, text));
        case FACTS -> facts.putAll(GoldCodec.readFacts(display, text));
        case OTHER -> {
          if (paths.contains(display)) {
            throw EvidentException.data(display + ": error: not a gold file (it has no "
                + "'sentences'; see docs/eval.md)");
          }
        }
      }
    }
    List<Gold> out = new ArrayList<>();
    for (Gold g : golds) {
      Gold.Facts f = facts.get(g.document());
      out.add(g.source() == null && f != null ? g.withSource(f) : g);
    }
    return out;
  }

  /** The labelled document: beside its gold file, else under seeds/ (the seeds' own gold). */
  private Path documentOf(Gold g) {
    Path beside = base.resolve(g.path()).resolveSibling(g.document());
    if (Files.isRegularFile(beside)) {
      return beside;
    }
    Path seed = base.resolve(Repository.SEEDS).resolve(g.document());
    if (Files.isRegularFile(seed)) {
      return seed;
    }
    throw EvidentException.data(g.path() + ": error: document '" + g.document()
        + "' not found beside the gold file or in seeds/");
  }

  private String display(Path f) {
    Path abs = f.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : abs).toString().replace('\\', '/');
  }

  private static String read(Path f, String display) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw EvidentException.data(display + ": error: cannot read: " + e.getMessage());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is not worth failing the measurement for
    }
  }
}
