package dev.evident.check;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.Direction;
import dev.evident.model.Exemption;
import dev.evident.model.LevelDefinition;
import dev.evident.model.Link;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.Safe;
import dev.evident.model.ProblemCodes;
import dev.evident.model.QuoteText;
import dev.evident.model.Settings;
import dev.evident.model.Severity;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.model.TextIndex;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every lint rule over a claim set and returns all findings at once, sorted. Work is
 * linear in the size of the review: each seed is normalized once, each quote is looked for in
 * a window around its locator, and conflicts come from {@link ConflictDetector}'s blocking.
 * Severities follow the rule defaults, re-graded by the settings' lint rules; a claim's
 * exemption silences one rule on that claim.
 */
public final class Linter {
  /** How far (in normalized chars, at least) around a locator a moved quote is looked for. */
  static final int WINDOW = 2000;

  private final ConflictDetector detector;

  public Linter() {
    this(new ConflictDetector());
  }

  public Linter(ConflictDetector detector) {
    this.detector = detector;
  }

  public LintResult run(LintInput in) {
    return new Run(in, detector).run();
  }

  /** The severity a rule has under these settings ({@link Severity#OFF} when disabled). */
  public static Severity severity(Rule r, Settings settings) {
    for (Map.Entry<String, Severity> e : settings.lintRules().entrySet()) {
      if (Rule.byCode(e.getKey()) == r) {
        return e.getValue();
      }
    }
    return r.defaultSeverity();
  }

  static final class Run {
    private final LintInput in;
    private final ClaimSet set;
    private final ConflictDetector detector;
    private final Map<Rule, Severity> severity = new HashMap<>();
    private final List<Diagnostic> out = new ArrayList<>();
    private final Map<String, Positions> positions = new HashMap<>();
    private final Map<String, SeedCheck> seeds = new HashMap<>();
    private final Map<String, Set<String>> exempt = new HashMap<>();
    private boolean unreadable;

    Run(LintInput in, ConflictDetector detector) {
      this.in = in;
      this.set = in.set();
      this.detector = detector;
      for (Rule r : Rule.values()) {
        severity.put(r, severity(r, set.settings()));
      }
      for (Map.Entry<String, Claim> e : set.claims().entrySet()) {
        Set<String> codes = new HashSet<>();
        for (Exemption x : e.getValue().exempt()) {
          Rule r = Rule.byCode(x.rule());
          if (r != null) {
            codes.add(r.code());
          }
        }
        if (!codes.isEmpty()) {
          exempt.put(e.getKey(), codes);
        }
      }
    }

    LintResult run() {
      // Conflict detection reads the claims only; it runs beside the per-file rules, which
      // take about as long at 100,000 claims, so lint uses both cores of a small CI machine.
      java.util.concurrent.FutureTask<ConflictReport> conflicts = new java.util.concurrent
          .FutureTask<>(() -> detector.detect(set.claims().values(), set.sources()));
      Thread worker = new Thread(conflicts, "evident-conflicts");
      worker.setDaemon(true);
      worker.start();
      readProblems();
      settings();
      for (Map.Entry<String, Source> e : set.sources().entrySet()) {
        source(e.getValue(), set.sourceFiles().get(e.getKey()));
      }
      for (Map.Entry<String, Claim> e : set.claims().entrySet()) {
        claim(e.getValue(), set.claimFiles().get(e.getKey()));
      }
      for (String left : in.leftovers()) {
        add(Rule.LEFTOVER, left, null, "temporary file left by an interrupted write; the next "
            + "evident write removes it, or delete it", null);
      }
      conflicts(report(conflicts));
      out.sort(Diagnostic.ORDER);
      return new LintResult(out, set.texts().size(), unreadable);
    }

    // ---------------------------------------------------------------- reporting

    private Positions at(String path) {
      return positions.computeIfAbsent(path, p -> new Positions(set.texts().get(p)));
    }

    private void add(Rule r, String path, int[] pos, String message, String claimId) {
      Severity s = severity.get(r);
      if (s == Severity.OFF) {
        return;
      }
      if (claimId != null && exempt.getOrDefault(claimId, Set.of()).contains(r.code())) {
        return;
      }
      int line = pos == null ? 1 : Math.max(1, pos[0]);
      int col = pos == null ? 1 : Math.max(1, pos[1]);
      String context = pos == null ? null : at(path).line(line);
      out.add(new Diagnostic(path, line, col, s, r.code(), message, context));
    }

    // ---------------------------------------------------------------- files

    private void readProblems() {
      for (Diagnostic d : in.readProblems()) {
        Rule r = classify(d);
        if (r == Rule.UNREADABLE) {
          unreadable = true;
        }
        Severity s = severity.get(r);
        if (s == Severity.OFF) {
          continue;
        }
        out.add(new Diagnostic(d.path(), Math.max(1, d.line()), Math.max(1, d.column()), s,
            r.code(), d.message(), d.context()));
      }
    }

    static Rule classify(Diagnostic d) {
      String m = d.message();
      if (d.code() == null) {
        return Rule.INVALID_YAML;
      }
      if (d.code().equals(ProblemCodes.INVALID_VALUE)) {
        if (m.startsWith("'mechanism.relation'") || m.startsWith("'mechanism.direction'")) {
          return Rule.UNKNOWN_RELATION;
        }
        if (m.contains("evidence level must be") || m.startsWith("'evidence.level'")
            || m.startsWith("'evidence.override.level'")) {
          return Rule.UNKNOWN_LEVEL;
        }
      }
      Rule r = Rule.byCode(d.code());
      return r == null ? Rule.INVALID_YAML : r;
    }

    private void settings() {
      if (!set.settingsFilePresent()) {
        return;
      }
      String path = dev.evident.store.Repository.SETTINGS;
      for (String code : set.settings().lintRules().keySet()) {
        if (Rule.byCode(code) == null) {
          add(Rule.BAD_EXEMPTION, path, at(path).containing(code + ":"),
              "lint rule '" + code + "' does not exist; see `evident lint --list-rules`", null);
        }
      }
    }

    private void canonical(String path, java.util.function.Supplier<String> write,
        String claimId) {
      if (set.canonical().contains(path)) {
        return; // the reader proved it, by writing the record it read
      }
      String text = set.texts().get(path);
      if (text == null) {
        return;
      }
      String canonical = write.get();
      if (text.equals(canonical)) {
        return;
      }
      String[] have = text.split("\n", -1);
      String[] want = canonical.split("\n", -1);
      int i = 0;
      while (i < have.length && i < want.length && have[i].equals(want[i])) {
        i++;
      }
      String what = text.indexOf('\r') >= 0 ? "line endings are not LF"
          : i < want.length ? "expected: " + abbreviate(want[i]) : "extra text at the end";
      add(Rule.NOT_CANONICAL, path, new int[] {i + 1, 1},
          "not in canonical form from line " + (i + 1) + " (" + what + "); rewrite it as "
              + "evident writes it (evident fmt)", claimId);
    }

    private static String abbreviate(String s) {
      return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    // ---------------------------------------------------------------- sources

    private void source(Source s, String path) {
      canonical(path, () -> Codec.write(s), null);
      String folder = folderOf(path);
      if (!folder.equals(s.id())) {
        add(Rule.FILE_NAME, path, at(path).key("id"), "source id '" + s.id()
            + "' does not match its folder '" + folder + "' (expected claims/" + s.id()
            + "/source.yaml)", null);
      }
      SeedText seed = in.seeds().get(s.seed().file());
      if (seed == null || seed.problem() != null) {
        add(Rule.SEED_MISSING, path, at(path).key("seed", "file"), "seed " + s.seed().file()
            + (seed == null ? " was not read" : ": " + seed.problem()), null);
      } else if (!seed.sha256().equals(s.seed().sha256())) {
        add(Rule.SEED_CHANGED, path, at(path).key("seed", "sha256"), "seed " + s.seed().file()
            + " changed since parse: sha256 is " + seed.sha256().substring(0, 12)
            + "..., source.yaml records " + abbreviate(s.seed().sha256())
            + "; re-run `evident parse` and review the claims it reports", null);
      }
    }

    private static String folderOf(String path) {
      String[] parts = path.split("/");
      return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    private static String fileOf(String path) {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    // ---------------------------------------------------------------- claims

    private void claim(Claim c, String path) {
      String id = c.id();
      Positions p = at(path);
      canonical(path, () -> Codec.write(c), id);
      if (!fileOf(path).equals(id + ".yaml")) {
        add(Rule.FILE_NAME, path, p.key("id"), "claim id '" + id + "' does not match the file "
            + "name '" + fileOf(path) + "' (expected " + id + ".yaml)", id);
      }
      if (!folderOf(path).equals(c.source())) {
        add(Rule.FOLDER_SOURCE, path, p.key("source"), "claim of source '" + c.source()
            + "' is in folder '" + folderOf(path) + "' (expected claims/" + c.source() + "/)", id);
      }
      Source source = set.sources().get(c.source());
      if (source == null) {
        add(Rule.SOURCE_MISSING, path, p.key("source"), "source '" + c.source()
            + "' does not exist (no claims/" + c.source() + "/source.yaml)", id);
      } else {
        SeedCheck seed = seed(source);
        if (seed != null) {
          quote(c, path, p, seed);
        }
      }
      List<String> tags = c.tags();
      for (int i = 0; i < tags.size(); i++) {
        if (!set.settings().vocabulary().contains(tags.get(i))) {
          add(Rule.UNKNOWN_TAG, path, p.item("tags", i), "tag '" + tags.get(i)
              + "' is not in the vocabulary; add it to claims/evident.yaml or use one of "
              + "`evident tags`", id);
        }
      }
      levels(c, path, p);
      Mechanism m = c.mechanism();
      Direction expected = m.negated() ? Mechanism.opposite(m.relation().direction())
          : m.relation().direction();
      if (m.direction() != expected) {
        add(Rule.DIRECTION_MISMATCH, path, p.key("mechanism", "direction"), "direction '"
            + m.direction().wire() + "' does not follow from " + (m.negated() ? "negated " : "")
            + "relation '" + m.relation().wire() + "' (expected '" + expected.wire() + "')", id);
      }
      for (String field : new String[] {"statement", "quote"}) {
        String v = field.equals("statement") ? c.statement() : c.quote();
        int at = Safe.invisibleAt(v);
        if (at >= 0) {
          add(Rule.INVISIBLE_TEXT, path, p.key(field), field + " holds "
              + String.format(java.util.Locale.ROOT, "U+%04X", v.codePointAt(at))
              + " at character " + (at + 1) + ", which a reader does not see", id);
        }
      }
      if (c.status() != Status.EXTRACTED && c.decision() == null) {
        add(Rule.NO_DECISION, path, p.key("status"), "status '" + c.status().wire()
            + "' without a decision record (decision: {by, reason})", id);
      }
      if (c.status() == Status.REJECTED && c.decision() != null
          && (c.decision().reason() == null || c.decision().reason().isBlank())) {
        add(Rule.REJECTED_NO_REASON, path, p.key("decision"), "rejected without a reason "
            + "(decision.reason is empty)", id);
      }
      List<Link> links = c.links();
      for (int i = 0; i < links.size(); i++) {
        Link l = links.get(i);
        if (l.claim().equals(id)) {
          add(Rule.LINK_MISSING, path, p.item("links", i), l.relation().wire()
              + " link to the claim itself", id);
        } else if (!set.claims().containsKey(l.claim())) {
          add(Rule.LINK_MISSING, path, p.item("links", i), l.relation().wire()
              + " link to claim '" + l.claim() + "', which does not exist", id);
        }
      }
      List<Exemption> ex = c.exempt();
      for (int i = 0; i < ex.size(); i++) {
        if (Rule.byCode(ex.get(i).rule()) == null) {
          add(Rule.BAD_EXEMPTION, path, p.item("exempt", i), "exemption from rule '"
              + ex.get(i).rule() + "', which does not exist", id);
        }
      }
    }

    private void levels(Claim c, String path, Positions p) {
      Set<Integer> scheme = new TreeSet<>();
      for (LevelDefinition d : set.settings().levels()) {
        scheme.add(d.level());
      }
      if (!scheme.contains(c.evidence().level())) {
        add(Rule.UNKNOWN_LEVEL, path, p.key("evidence", "level"), "evidence level "
            + c.evidence().level() + " is not in the review's scheme (levels " + scheme + ")",
            c.id());
      }
      if (c.evidence().override() != null && !scheme.contains(c.evidence().override().level())) {
        add(Rule.UNKNOWN_LEVEL, path, p.key("evidence", "override", "level"),
            "override level " + c.evidence().override().level()
                + " is not in the review's scheme (levels " + scheme + ")", c.id());
      }
    }

    // ---------------------------------------------------------------- quotes

    /** A seed's text prepared once for all the claims quoting it. */
    private record SeedCheck(String file, TextIndex index, QuoteText.Mapped norm) {}

    private SeedCheck seed(Source s) {
      SeedText t = in.seeds().get(s.seed().file());
      if (t == null || t.text() == null) {
        return null;
      }
      return seeds.computeIfAbsent(t.path(), k -> new SeedCheck(k, new TextIndex(t.text()),
          QuoteText.normalizeMapped(t.text())));
    }

    private void quote(Claim c, String path, Positions p, SeedCheck seed) {
      String q = QuoteText.normalize(c.quote());
      String norm = seed.norm().text();
      Locator loc = c.locator();
      int cs = seed.index().chars(loc.start());
      int anchor = norm.length();
      if (cs >= 0 && seed.index().chars(loc.end()) >= 0) {
        anchor = seed.norm().indexOf(cs);
        if (anchor < norm.length() && norm.charAt(anchor) == ' ') {
          anchor++;
        }
        if (norm.startsWith(q, anchor)) {
          return;
        }
      }
      int w = Math.max(WINDOW, 4 * q.length());
      int k = norm.indexOf(q, Math.max(0, anchor - w));
      boolean near = k >= 0 && k <= anchor + w;
      if (!near) {
        k = norm.indexOf(q);
      }
      if (k < 0) {
        add(Rule.QUOTE_NOT_FOUND, path, p.key("quote"), "quote not found in " + seed.file()
            + " (not at its locator, start " + loc.start() + " line " + loc.line()
            + ", nor anywhere else in the seed)", c.id());
        return;
      }
      int raw = seed.norm().origin(k, seed.index().text().length());
      add(Rule.QUOTE_MOVED, path, p.key("locator", "start"), String.format(Locale.ROOT,
          "quote moved: found %s at %s:%d:%d (start %d), not at its locator (start %d, line %d);"
              + " re-run `evident parse` to update the locator",
          near ? "nearby" : "elsewhere in the seed", seed.file(), seed.index().line(raw),
          seed.index().column(raw), seed.index().codePoints(raw), loc.start(), loc.line()),
          c.id());
    }

    // ---------------------------------------------------------------- conflicts

    private static ConflictReport report(java.util.concurrent.FutureTask<ConflictReport> task) {
      try {
        return task.get();
      } catch (InterruptedException e) {
        task.cancel(true);
        Thread.currentThread().interrupt();
        throw new dev.evident.model.EvidentException(dev.evident.model.EvidentException.Kind.IO,
            "interrupted while looking for conflicts");
      } catch (java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    private void conflicts(ConflictReport report) {
      for (Conflict c : report.unresolved()) {
        Rule r = switch (c.kind()) {
          case CONTRADICTION -> c.a().status() == Status.ACCEPTED
              && c.b().status() == Status.ACCEPTED ? Rule.CONTRADICTION_ACCEPTED
              : Rule.CONTRADICTION;
          case DUPLICATE -> Rule.DUPLICATE_CLAIM;
          case INCONSISTENT_EVIDENCE -> Rule.INCONSISTENT_EVIDENCE;
          case CORROBORATION -> null;
        };
        if (r == null || exempt.getOrDefault(c.b().id(), Set.of()).contains(r.code())) {
          continue;
        }
        String path = set.claimFiles().get(c.a().id());
        String other = c.b().id() + " (" + set.claimFiles().get(c.b().id()) + ")";
        String what = switch (c.kind()) {
          case CONTRADICTION -> "contradicts " + other + ": " + c.why()
              + "; if both stand, link them with `contradicts` and a note";
          case DUPLICATE -> "near-duplicate of " + other + ": " + c.why()
              + "; reject one, or link them with `duplicates` and a note";
          case INCONSISTENT_EVIDENCE -> "same statement as " + other
              + " at a different evidence level: " + c.why();
          case CORROBORATION -> "";
        };
        if (!c.resolution().isEmpty()) {
          what += " (" + c.resolution() + ")";
        }
        add(r, path, at(path).key("statement"), what, c.a().id());
      }
    }
  }
}
