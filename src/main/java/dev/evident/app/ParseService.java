package dev.evident.app;

import dev.evident.extract.Extraction;
import dev.evident.extract.Extractor;
import dev.evident.ingest.Bibliography;
import dev.evident.ingest.Document;
import dev.evident.ingest.Ingester;
import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import dev.evident.model.Locator;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Reference;
import dev.evident.model.Source;
import dev.evident.model.SourceEdit;
import dev.evident.model.SourceFields;
import dev.evident.model.TextIndex;
import dev.evident.model.Vocabulary;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import dev.evident.store.Merge;
import dev.evident.store.Repository;
import dev.evident.store.Sidecars;
import dev.evident.store.WritePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns seeds into claim files: ingest each seed, extract its mechanism statements, give them
 * stable ids, fold them into the curated claims already on disk, and write only the files whose
 * bytes change, all at once. Nothing is written when any seed is bad (unless asked to keep
 * going), and claims whose quote is gone are reported and kept, never deleted.
 */
public final class ParseService {

  /** What to parse; paths are relative to the repository root (files or folders). */
  public record Request(List<String> seeds, boolean dryRun, boolean keepGoing) {
    public Request {
      seeds = seeds == null || seeds.isEmpty() ? List.of(Repository.SEEDS) : List.copyOf(seeds);
    }
  }

  /** What happened to one seed. */
  public record SeedReport(String seed, SeedFormat format, String sourceId, int claims, int added,
      int updated, int unchanged, List<String> notes) {
    public SeedReport {
      notes = List.copyOf(notes);
    }

    public SeedReport(String seed, SeedFormat format, String sourceId, int claims, int added,
        int updated, int unchanged) {
      this(seed, format, sourceId, claims, added, updated, unchanged, List.of());
    }
  }

  /** A claim file that parse did not produce this time, kept as it was. */
  public record Kept(String claimId, String file, boolean quoteInSeed) {}

  /** The outcome of a run. */
  public record Result(List<SeedReport> seeds, Map<String, String> written,
      List<Kept> kept, List<String> orphanSources, List<Diagnostic> problems,
      List<String> leftoversRemoved, boolean dryRun) {
    public Result {
      seeds = List.copyOf(seeds);
      written = new LinkedHashMap<>(written);
      kept = List.copyOf(kept);
      orphanSources = List.copyOf(orphanSources);
      problems = List.copyOf(problems);
      leftoversRemoved = List.copyOf(leftoversRemoved);
    }

    public int claimCount() {
      return seeds.stream().mapToInt(SeedReport::claims).sum();
    }
  }

  private final Repository repo;
  private final Ingester ingester = new Ingester();
  private final Function<Vocabulary, Function<Document, List<Extraction>>> extractors;

  public ParseService(Repository repo) {
    this(repo, v -> new Extractor(v)::extract);
  }

  /** With another extractor per vocabulary: tests use a stand-in to build curated fixtures. */
  public ParseService(Repository repo,
      Function<Vocabulary, Function<Document, List<Extraction>>> extractors) {
    this.repo = repo;
    this.extractors = extractors;
  }

  public Result run(Request request) {
    List<String> leftovers = request.dryRun() ? List.of() : repo.removeLeftovers();
    ClaimSet existing = repo.load();
    Function<Document, List<Extraction>> extractor =
        extractors.apply(existing.settings().vocabulary());

    List<String> seedFiles = listSeeds(request.seeds());
    List<Diagnostic> problems = new ArrayList<>();
    List<Parsed> parsed = new ArrayList<>();
    // Seeds are independent and reading one (ingest, then extract) is nearly all of parse's
    // time: do them on every core, then take the results in seed order, so that reports,
    // problems and ids come out exactly as from a sequential run.
    List<Object> outcomes = (seedFiles.size() >= 8 ? seedFiles.parallelStream()
        : seedFiles.stream()).map(seed -> {
          try {
            return (Object) parseSeed(seed, extractor);
          } catch (EvidentException e) {
            return e;
          }
        }).toList();
    for (int i = 0; i < seedFiles.size(); i++) {
      String seed = seedFiles.get(i);
      if (outcomes.get(i) instanceof Parsed p) {
        parsed.add(p);
      } else {
        EvidentException e = (EvidentException) outcomes.get(i);
        if (e.kind() != EvidentException.Kind.DATA) {
          throw e;
        }
        problems.addAll(e.diagnostics().isEmpty()
            ? List.of(Diagnostic.error(seed, 0, 0, stripPrefix(seed, e.getMessage())))
            : e.diagnostics());
      }
    }
    Map<String, Reference> records = sidecars(seedFiles, problems);
    if (!problems.isEmpty() && !request.keepGoing()) {
      throw new EvidentException(EvidentException.Kind.DATA,
          problems.size() + " seed" + (problems.size() == 1 ? "" : "s")
              + " could not be read; nothing was written", problems, null);
    }

    Map<String, String> renamedFrom = new HashMap<>();
    Map<String, String> sourceIdBySeed = assignSourceIds(parsed, existing, renamedFrom, records);
    WritePlan plan = new WritePlan();
    Map<String, String> written = new TreeMap<>();
    List<SeedReport> reports = new ArrayList<>();
    Map<String, Claim> produced = new HashMap<>();

    // The curated claims of each source, in id order, found once: looking them up per seed
    // by scanning every claim made a re-parse of 10,000 seeds quadratic.
    Map<String, List<Claim>> existingBySource = new HashMap<>();
    for (Claim c : existing.claims().values()) {
      existingBySource.computeIfAbsent(c.source(), k -> new ArrayList<>()).add(c);
    }
    for (Parsed p : parsed) {
      String sourceId = sourceIdBySeed.get(p.seed);
      List<String> notes = new ArrayList<>();
      if (renamedFrom.containsKey(p.seed)) {
        notes.add("renamed from " + renamedFrom.get(p.seed) + "; source and curation kept");
      }
      Source source = keepEdits(existing.sources().get(sourceId),
          applySidecar(toSource(sourceId, p), records.get(p.seed)), notes);
      String sourceChange = stage(plan, written, existing, ClaimSet.sourcePath(sourceId),
          Codec.write(source), "source");
      if (sourceChange != null && existing.sources().containsKey(sourceId)
          && renamedFrom.get(p.seed) == null) {
        notes.add(recordRewritten(existing.sources().get(sourceId), source));
      }

      Map<String, Claim> curatedByKey = new HashMap<>();
      for (Claim c : existingBySource.getOrDefault(sourceId, List.of())) {
        curatedByKey.putIfAbsent(Ids.quoteKey(c.quote()), c);
      }
      TextIndex index = new TextIndex(p.doc.text());
      Map<String, Extraction> byKey = new LinkedHashMap<>();
      for (Extraction x : p.extractions) {
        byKey.putIfAbsent(Ids.quoteKey(x.quote()), x);
      }
      Map<String, String> ids = claimIds(sourceId, byKey.keySet(), curatedByKey, existing);
      int added = 0;
      int updated = 0;
      int unchanged = 0;
      for (Map.Entry<String, Extraction> e : byKey.entrySet()) {
        Extraction x = e.getValue();
        String id = ids.get(e.getKey());
        Locator loc = new Locator(x.section(), index.codePoints(x.start()),
            index.codePoints(x.end()), index.line(x.start()), index.column(x.start()));
        Claim fresh = Claim.extracted(id, sourceId, x.statement(), x.quote(), loc,
            x.mechanism(), x.evidence(), x.tags());
        Claim curated = existing.claims().get(id);
        Claim result = curated == null ? fresh : Merge.merge(curated, fresh);
        produced.put(id, result);
        String path = existing.claimFiles().getOrDefault(id, ClaimSet.claimPath(sourceId, id));
        String text = Codec.write(result);
        String change = stage(plan, written, existing, path, text, "claim");
        if (curated == null) {
          added++;
        } else if (change != null) {
          updated++;
        } else {
          unchanged++;
        }
      }
      reports.add(new SeedReport(p.seed, p.doc.format(), sourceId, byKey.size(), added, updated,
          unchanged, notes));
    }

    List<Kept> kept = new ArrayList<>();
    Map<String, String> seedText = new HashMap<>();
    for (Parsed p : parsed) {
      seedText.put(sourceIdBySeed.get(p.seed), p.doc.text());
    }
    for (Claim c : existing.claims().values()) {
      if (!produced.containsKey(c.id()) && seedText.containsKey(c.source())) {
        boolean stillThere = dev.evident.model.QuoteText.normalize(seedText.get(c.source()))
            .contains(c.quote());
        kept.add(new Kept(c.id(), existing.claimFiles().get(c.id()), stillThere));
      }
    }
    List<String> orphans = new ArrayList<>();
    java.util.Set<String> moved = new java.util.HashSet<>();
    for (String seed : renamedFrom.keySet()) {
      moved.add(sourceIdBySeed.get(seed));
    }
    for (Source s : existing.sources().values()) {
      if (!moved.contains(s.id()) && !Files.exists(repo.path(s.seed().file()))) {
        orphans.add(s.id());
      }
    }
    if (!request.dryRun()) {
      repo.write(plan);
    }
    return new Result(reports, written, kept, orphans, problems, leftovers, request.dryRun());
  }

  private static String stripPrefix(String seed, String message) {
    String prefix = seed + ": error: ";
    return message != null && message.startsWith(prefix) ? message.substring(prefix.length())
        : String.valueOf(message);
  }

  /** Adds a file to the plan when its bytes differ; returns "added"/"modified" or null. */
  private String stage(WritePlan plan, Map<String, String> written, ClaimSet existing,
      String path, String text, String what) {
    String before = existing.texts().get(path);
    if (text.equals(before)) {
      return null;
    }
    String change = before == null ? "added" : "modified";
    plan.replace(repo.path(path), before, text);
    written.put(path, change);
    return change;
  }

  private record Parsed(String seed, byte[] bytes, Document doc, List<Extraction> extractions) {}

  private Parsed parseSeed(String seed, Function<Document, List<Extraction>> extractor) {
    Path file = repo.path(seed);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > Ingester.MAX_SEED_BYTES) {
        throw EvidentException.data(Diagnostic.error(seed, 0, 0, "seed is " + size
            + " bytes, over the " + (Ingester.MAX_SEED_BYTES >> 20) + " MiB limit"));
      }
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.AccessDeniedException e) {
      throw EvidentException.data(Diagnostic.error(seed, 0, 0, "cannot read: permission denied"));
    } catch (IOException e) {
      throw EvidentException.data(Diagnostic.error(seed, 0, 0, "cannot read: " + e.getMessage()));
    }
    Document doc = ingester.read(seed, bytes);
    return new Parsed(seed, bytes, doc, extractor.apply(doc));
  }

  private List<String> listSeeds(List<String> roots) {
    TreeSet<String> out = new TreeSet<>();
    for (String r : roots) {
      Path p = repo.path(r);
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        throw EvidentException.usage(r + ": error: no such seed file or folder");
      }
      if (Files.isSymbolicLink(p)) {
        // one policy for arguments and the folder walk: a link is never followed, so a seed
        // is never read from outside the repository nor read twice under two names
        throw EvidentException.usage(r + ": error: is a symbolic link; evident reads seeds "
            + "only from regular files and folders in the repository");
      }
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        out.add(relative(p));
        continue;
      }
      try (Stream<Path> walk = Files.walk(p)) {
        walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
            .filter(f -> !hiddenBelow(p, f))
            .filter(f -> !isSidecar(f.getFileName().toString()))
            .forEach(f -> out.add(relative(f)));
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new EvidentException(EvidentException.Kind.IO,
            r + ": error: cannot list seeds (" + e.getMessage() + ")", e);
      }
    }
    return new ArrayList<>(out);
  }

  /** A reference manager's record beside a seed (.bib, .ris, .json) is not a seed. */
  static boolean isSidecar(String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    return Sidecars.ENDINGS.stream().anyMatch(lower::endsWith);
  }

  /**
   * The record a reference manager gives each seed: {@code seeds/NAME.bib}, {@code .ris} or
   * {@code .json} beside {@code seeds/NAME.EXT}, or an entry of {@code seeds/references.bib}
   * whose {@code file} names the seed. A malformed sidecar, an entry naming a missing seed and
   * two records for one seed are problems, reported like a bad seed.
   */
  private Map<String, Reference> sidecars(List<String> seedFiles, List<Diagnostic> problems) {
    Map<String, List<Reference>> found = new TreeMap<>();
    java.util.Set<String> seeds = new java.util.HashSet<>(seedFiles);
    for (String seed : seedFiles) {
      int slash = seed.lastIndexOf('/');
      int dot = seed.lastIndexOf('.');
      String base = dot > slash ? seed.substring(0, dot) : seed;
      for (String ending : Sidecars.ENDINGS) {
        String side = base + ending;
        if (!side.equals(seed) && Files.isRegularFile(repo.path(side), LinkOption.NOFOLLOW_LINKS)) {
          try {
            List<Reference> refs = Sidecars.read(side, repo.read(side));
            if (refs.size() != 1) {
              problems.add(Diagnostic.error(side, 1, 1, "holds " + refs.size()
                  + " records; a sidecar beside a seed holds one (use seeds/"
                  + Sidecars.SHARED + " for several)"));
            } else {
              found.computeIfAbsent(seed, k -> new ArrayList<>()).add(refs.get(0));
            }
          } catch (EvidentException e) {
            problems.addAll(diagnostics(side, e));
          }
        }
      }
    }
    String shared = Repository.SEEDS + "/" + Sidecars.SHARED;
    if (Files.isRegularFile(repo.path(shared), LinkOption.NOFOLLOW_LINKS)) {
      try {
        for (Reference r : Sidecars.read(shared, repo.read(shared))) {
          if (r.file() == null) {
            problems.add(Diagnostic.error(shared, r.line(), r.column(), "entry '" + r.key()
                + "' has no file field naming its seed"));
            continue;
          }
          String f = r.file().replace('\\', '/');
          String seed = f.startsWith(Repository.SEEDS + "/") ? f : Repository.SEEDS + "/" + f;
          if (!seeds.contains(seed)) {
            if (!Files.isRegularFile(repo.path(seed), LinkOption.NOFOLLOW_LINKS)) {
              problems.add(Diagnostic.error(shared, r.line(), r.column(), "entry '" + r.key()
                  + "' names seed '" + r.file() + "', which does not exist"));
            }
            continue;
          }
          found.computeIfAbsent(seed, k -> new ArrayList<>()).add(r);
        }
      } catch (EvidentException e) {
        problems.addAll(diagnostics(shared, e));
      }
    }
    Map<String, Reference> out = new HashMap<>();
    for (Map.Entry<String, List<Reference>> e : found.entrySet()) {
      if (e.getValue().size() > 1) {
        Reference second = e.getValue().get(1);
        problems.add(Diagnostic.error(second.path(), second.line(), second.column(),
            "a second record for seed " + e.getKey() + " (the first is in "
                + e.getValue().get(0).path() + "); keep one"));
      } else {
        out.put(e.getKey(), e.getValue().get(0));
      }
    }
    return out;
  }

  private static List<Diagnostic> diagnostics(String path, EvidentException e) {
    return e.diagnostics().isEmpty()
        ? List.of(Diagnostic.error(path, 0, 0, stripPrefix(path, e.getMessage())))
        : e.diagnostics();
  }

  /** The record with every field the sidecar states replaced by the sidecar's value. */
  static Source applySidecar(Source s, Reference r) {
    if (r == null) {
      return s;
    }
    return new Source(s.id(), s.seed(), r.title() != null ? r.title() : s.title(),
        !r.authors().isEmpty() ? r.authors() : s.authors(),
        r.journal() != null ? r.journal() : s.journal(), r.year() != null ? r.year() : s.year(),
        s.date(), r.doi() != null ? r.doi() : s.doi(), r.pmid() != null ? r.pmid() : s.pmid(),
        r.pmcid() != null ? r.pmcid() : s.pmcid(), r.url() != null ? r.url() : s.url(),
        !r.keywords().isEmpty() ? r.keywords() : s.keywords(),
        r.type() != null ? r.type() : s.publicationType(), s.peerReviewed(), s.entities(),
        s.edited());
  }

  private static boolean hiddenBelow(Path base, Path f) {
    for (Path part : base.relativize(f)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private String relative(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    if (!abs.startsWith(repo.root())) {
      throw EvidentException.usage(p + ": error: seed is outside the repository");
    }
    return repo.root().relativize(abs).toString().replace(java.io.File.separatorChar, '/');
  }

  /** Keeps the id a seed already has; derives one for a new seed; resolves clashes by hash. */
  private Map<String, String> assignSourceIds(List<Parsed> parsed, ClaimSet existing,
      Map<String, String> renamedFrom, Map<String, Reference> records) {
    Map<String, String> bySeed = new TreeMap<>();
    Map<String, String> existingBySeed = new HashMap<>();
    // a source whose seed file is gone, by the hash of the seed it was made from: a seed with
    // the same content under a new name is that seed renamed or moved
    Map<String, Source> goneByHash = new HashMap<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Parsed p : parsed) {
      seen.add(p.seed);
    }
    for (Source s : existing.sources().values()) {
      existingBySeed.put(s.seed().file(), s.id());
      if (!seen.contains(s.seed().file()) && !Files.exists(repo.path(s.seed().file()))) {
        goneByHash.putIfAbsent(s.seed().sha256(), s);
      }
    }
    Map<String, List<String>> wanted = new TreeMap<>();
    for (Parsed p : parsed) {
      String id = existingBySeed.get(p.seed);
      Source moved = id == null ? goneByHash.remove(Ids.sha256Hex(p.bytes)) : null;
      if (moved != null) {
        bySeed.put(p.seed, moved.id());
        renamedFrom.put(p.seed, moved.seed().file());
      } else if (id != null) {
        bySeed.put(p.seed, id);
      } else {
        Reference r = records.get(p.seed);
        Bibliography b = p.doc.bibliography();
        if (r != null) {
          // the sidecar's record names the source, as it gives its record
          b = new Bibliography(r.title() != null ? r.title() : b.title(),
              r.authors().isEmpty() ? b.authors() : r.authors(), b.journal(),
              r.year() != null ? r.year() : b.year(), b.date(), b.doi(), b.pmid(), b.pmcid(),
              b.url(), b.keywords(), b.publicationType(), b.peerReviewed(), b.entities());
        }
        wanted.computeIfAbsent(SourceIds.derive(b, Ids.sha256Hex(p.bytes)),
            k -> new ArrayList<>()).add(p.seed);
      }
    }
    java.util.Set<String> taken = new java.util.HashSet<>(existing.sources().keySet());
    taken.addAll(bySeed.values());
    for (Map.Entry<String, List<String>> w : wanted.entrySet()) {
      boolean clash = w.getValue().size() > 1 || taken.contains(w.getKey());
      for (String seed : w.getValue()) {
        String id = w.getKey();
        if (clash) {
          id = w.getKey() + "-" + Ids.sha256Hex(seed).substring(0, 4);
        }
        taken.add(id);
        bySeed.put(seed, id);
      }
    }
    return bySeed;
  }

  /**
   * A claim keeps the id it has on disk; a new one gets source id plus the shortest prefix
   * (6 or more hex digits) of its quote's hash that no other claim of the review uses.
   */
  private static Map<String, String> claimIds(String sourceId, java.util.Collection<String> keys,
      Map<String, Claim> curatedByKey, ClaimSet existing) {
    Map<String, String> out = new HashMap<>();
    java.util.Set<String> used = new java.util.HashSet<>(existing.claims().keySet());
    List<String> fresh = new ArrayList<>();
    for (String k : keys) {
      Claim c = curatedByKey.get(k);
      if (c != null) {
        out.put(k, c.id());
      } else {
        fresh.add(k);
      }
    }
    fresh.sort(null);
    for (String k : fresh) {
      String hash = Ids.sha256Hex(k);
      int len = 6;
      String id = sourceId + "-" + hash.substring(0, len);
      while (used.contains(id) && len < hash.length()) {
        len += 2;
        id = sourceId + "-" + hash.substring(0, len);
      }
      used.add(id);
      out.put(k, id);
    }
    return out;
  }

  /**
   * The fresh record with every field a curator edited as the curator set it; a note when the
   * seed now states something else for an edited field.
   */
  static Source keepEdits(Source old, Source fresh, List<String> notes) {
    if (old == null || old.edited().isEmpty()) {
      return fresh;
    }
    Source out = fresh;
    for (SourceEdit e : old.edited()) {
      String kept = SourceFields.get(old, e.field());
      String stated = SourceFields.get(fresh, e.field());
      out = SourceFields.set(out, e.field(), kept);
      if (stated != null && !stated.equals(kept)) {
        notes.add("keeps " + e.field() + " as edited" + (e.by() == null ? "" : " by " + e.by())
            + "; the seed states \"" + stated + "\"");
      }
    }
    return out.withEdited(old.edited());
  }

  /** What a re-parse changed in a record that nobody edited with `evident source`. */
  private static String recordRewritten(Source old, Source now) {
    List<String> fields = new ArrayList<>();
    for (String f : SourceFields.NAMES) {
      if (!java.util.Objects.equals(SourceFields.get(old, f), SourceFields.get(now, f))
          && old.edit(f) == null) {
        fields.add(f);
      }
    }
    if (!old.seed().equals(now.seed())) {
      fields.add("seed");
    }
    return "record updated (" + String.join(", ", fields) + "); a correction made by hand in "
        + "source.yaml is replaced by what the seed states: use 'evident source set' to keep one";
  }

  private static Source toSource(String id, Parsed p) {
    Bibliography b = p.doc.bibliography();
    SeedRef ref = new SeedRef(p.seed, Ids.sha256Hex(p.bytes), p.doc.format());
    return new Source(id, ref, b.title(), b.authors(), b.journal(), b.year(), b.date(), b.doi(),
        b.pmid(), b.pmcid(), b.url(), b.keywords(), b.publicationType(), b.peerReviewed(),
        b.entities());
  }
}
