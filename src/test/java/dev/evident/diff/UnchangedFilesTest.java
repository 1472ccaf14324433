package dev.evident.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.DetectedConflicts;
import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import dev.evident.model.Safe;
import dev.evident.model.Source;
import dev.evident.model.Status;
import dev.evident.query.Query;
import dev.evident.store.ClaimSet;
import dev.evident.store.ClaimTree;
import dev.evident.store.Codec;
import dev.evident.store.GitTree;
import dev.evident.store.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diff parses a file that is the same on both sides once and does not compare its claim
 * (ClaimTree.parsePair and Differ's changed set). These tests check that this shortcut gives
 * exactly what parsing and comparing every file of both sides gives: same changes, same new
 * conflicts, same problems, for renamed and moved files, changed source records, formatting-only
 * edits and files invalid at one revision or both.
 */
class UnchangedFilesTest {
  private static final String SIMILAR = "Hypoxia strongly promotes tumour angiogenesis in "
      + "breast cancer models";

  /**
   * Expected: each side parsed on its own from copied bytes, every claim compared. Files are
   * named in messages as git names them, {@code from:path}.
   */
  private static DiffResult full(Map<String, byte[]> before, String fromLabel,
      Map<String, byte[]> after, String toLabel, ConflictFinder finder, Query where) {
    Repository.Scan b = ClaimTree.parse(copy(before), fromLabel + ":", new ClaimTree.Cache());
    Repository.Scan a = ClaimTree.parse(copy(after), toLabel + ":", new ClaimTree.Cache());
    List<Diagnostic> problems = new ArrayList<>(b.problems());
    problems.addAll(a.problems());
    if (!problems.isEmpty()) {
      problems.sort(Diagnostic.ORDER);
      throw new EvidentException(EvidentException.Kind.DATA, "invalid", problems, null);
    }
    return new Differ(finder).compare(fromLabel, b.set(), toLabel, a.set(), where);
  }

  /** Actual: both sides parsed together, only claims of changed files compared. */
  private static DiffResult paired(Map<String, byte[]> before, String fromLabel,
      Map<String, byte[]> after, String toLabel, ConflictFinder finder, Query where) {
    ClaimTree.Pair p = ClaimTree.parsePair(before, fromLabel + ":", after, toLabel + ":");
    List<Diagnostic> problems = new ArrayList<>(p.before().problems());
    problems.addAll(p.after().problems());
    if (!problems.isEmpty()) {
      problems.sort(Diagnostic.ORDER);
      throw new EvidentException(EvidentException.Kind.DATA, "invalid", problems, null);
    }
    return new Differ(finder).compare(fromLabel, p.before(), toLabel, p.after(), where,
        p.changed());
  }

  private static Map<String, byte[]> copy(Map<String, byte[]> files) {
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  /** All three formats, so that any difference in the result shows. */
  private static String rendered(DiffResult r) {
    return TextReport.render(r, false, Safe::line) + "\n---\n" + MarkdownReport.render(r)
        + "\n---\n" + JsonReport.render(r);
  }

  private static Object outcome(ThrowingResult f) {
    try {
      return rendered(f.get());
    } catch (EvidentException e) {
      return e.diagnostics();
    }
  }

  @FunctionalInterface
  private interface ThrowingResult {
    DiffResult get();
  }

  private static Claim claim(String id, String source, String statement, String subject,
      Relation rel, String object) {
    return GitRepo.claim(id, source, statement, subject, rel, object);
  }

  private static Source source(String id, String title, String doi) {
    Source s = GitRepo.source(id, title);
    return new Source(s.id(), s.seed(), s.title(), s.authors(), s.journal(), s.year(),
        s.date(), doi, s.pmid(), s.pmcid(), s.url(), s.keywords(), s.publicationType(),
        s.peerReviewed(), s.entities());
  }

  @Test
  void gitRevisionsGiveWhatParsingEveryFileGives(@TempDir Path dir) {
    GitRepo repo = GitRepo.init(dir);
    Source a = source("src-a", "Hypoxia and angiogenesis in breast cancer", "10.1/a");
    Source b = source("src-b", "Vascular growth under low oxygen in tumours", "10.1/b");
    repo.write(a).write(b).write(source("src-c", "A third paper on something else", "10.1/c"));
    Claim up = claim("src-a-000001", "src-a", "X raises Y in cells.", "X", Relation.INCREASES,
        "Y");
    Claim same = claim("src-a-000002", "src-a", "Z binds W.", "Z", Relation.ASSOCIATED_WITH, "W");
    Claim reworded = claim("src-a-000003", "src-a", "Q inhibits R.", "Q", Relation.INHIBITS,
        "R");
    Claim renamed = claim("src-a-000004", "src-a", "M activates N.", "M", Relation.ACTIVATES,
        "N");
    Claim moved = claim("src-a-000005", "src-a", "K causes L.", "K", Relation.CAUSES, "L");
    Claim removed = claim("src-a-000006", "src-a", "P regulates S.", "P", Relation.REGULATES,
        "S");
    Claim formatted = claim("src-a-000007", "src-a", "T reduces U.", "T", Relation.REDUCES,
        "U");
    Claim similarA = claim("src-a-000008", "src-a", SIMILAR, "hypoxia", Relation.PROMOTES,
        "angiogenesis");
    Claim similarB = claim("src-b-000001", "src-b", SIMILAR + ".", "low oxygen",
        Relation.PROMOTES, "vessel growth");
    for (Claim c : List.of(up, same, reworded, renamed, moved, removed, formatted, similarA,
        similarB)) {
      repo.write(c);
    }
    repo.commit("before");

    repo.write(reworded.toBuilder().statement("Q strongly inhibits R.").build());
    repo.delete(ClaimSet.claimPath("src-a", renamed.id()));
    repo.write("claims/src-a/renamed-file.yaml", Codec.write(renamed)); // same bytes, new name
    repo.delete(ClaimSet.claimPath("src-a", moved.id()));
    repo.write("claims/src-c/" + moved.id() + ".yaml", Codec.write(moved)); // other folder
    repo.delete(ClaimSet.claimPath("src-a", removed.id()));
    // Not canonical any more (a comment): read by the strict reader, still the same claim.
    repo.write(ClaimSet.claimPath("src-a", formatted.id()),
        "# a hand edit\n" + Codec.write(formatted));
    // A new claim that contradicts an unchanged one.
    repo.write(claim("src-b-000002", "src-b", "X lowers Y.", "x", Relation.REDUCES, "y"));
    repo.write(same.toBuilder().status(Status.ACCEPTED).decision(new Decision("ana", "ok"))
        .build());
    // src-b becomes the same paper as src-a: the two unchanged claims with near-identical
    // statements turn from a corroboration into a duplicate, though neither file changed.
    repo.write(source("src-b", b.title(), "10.1/a"));
    repo.commit("after");

    GitTree git = new GitTree(dir, dir.toString());
    Map<String, Map<String, byte[]>> trees = git.files(
        List.of(git.commit("HEAD~1"), git.commit("HEAD")), Repository.CLAIMS);
    Map<String, byte[]> before = trees.get(git.commit("HEAD~1"));
    Map<String, byte[]> after = trees.get(git.commit("HEAD"));
    // The blob of an unchanged file is one array on both sides: that is the shortcut's key.
    String unchanged = ClaimSet.claimPath("src-a", up.id());
    assertTrue(before.get(unchanged) == after.get(unchanged));

    for (Query where : List.of(Query.all(), Query.parse("status = accepted"))) {
      for (ConflictFinder finder : List.of(new DetectedConflicts(),
          new SimpleConflictFinder())) {
        String expected = rendered(full(before, "HEAD~1", after, "HEAD", finder, where));
        DiffResult actual = new DiffService(dir, finder).run(new DiffService.Request(
            new Side.Revision("HEAD~1"), new Side.Revision("HEAD"), where));
        assertEquals(expected, rendered(actual));
        assertEquals(expected, rendered(paired(before, "HEAD~1", after, "HEAD", finder,
            where)));
        // ... and the other way round (removals become additions, etc.)
        assertEquals(rendered(full(after, "HEAD", before, "HEAD~1", finder, where)),
            rendered(new DiffService(dir, finder).run(new DiffService.Request(
                new Side.Revision("HEAD"), new Side.Revision("HEAD~1"), where))));
      }
    }
    // The cases above are really there, so the comparison tests something.
    DiffResult r = new DiffService(dir, new DetectedConflicts()).run(new DiffService.Request(
        new Side.Revision("HEAD~1"), new Side.Revision("HEAD"), Query.all()));
    assertEquals("1 added, 1 removed, 2 moved, 1 re-worded, 1 accepted, "
        + "1 new contradiction, 1 new duplicate, 1 source record changed", r.summary());
    assertTrue(r.newConflicts().contains(new Conflict(Conflict.Kind.DUPLICATE,
        similarA.id(), similarB.id())));
  }

  @Test
  void invalidFilesAreReportedAtEveryRevisionTheyAreIn(@TempDir Path dir) {
    GitRepo repo = GitRepo.init(dir);
    repo.write(source("src-a", "Hypoxia and angiogenesis in breast cancer", "10.1/a"));
    Claim ok = claim("src-a-000001", "src-a", "X raises Y.", "X", Relation.INCREASES, "Y");
    Claim breaks = claim("src-a-000002", "src-a", "Z binds W.", "Z", Relation.ASSOCIATED_WITH, "W");
    repo.write(ok).write(breaks);
    repo.write("claims/src-a/always-bad.yaml", "id: [unclosed\n"); // the same blob at both
    repo.commit("before");
    repo.write(ClaimSet.claimPath("src-a", breaks.id()),
        Codec.write(breaks).replace("status: extracted", "status: maybe"));
    repo.write("claims/src-a/copy-of-bad.yaml", "id: [unclosed\n"); // same blob, other path
    repo.commit("after");

    GitTree git = new GitTree(dir, dir.toString());
    Map<String, Map<String, byte[]>> trees = git.files(
        List.of(git.commit("HEAD~1"), git.commit("HEAD")), Repository.CLAIMS);
    Map<String, byte[]> before = trees.get(git.commit("HEAD~1"));
    Map<String, byte[]> after = trees.get(git.commit("HEAD"));
    EvidentException expected = assertThrows(EvidentException.class, () -> full(before,
        "HEAD~1", after, "HEAD", new DetectedConflicts(), Query.all()));
    EvidentException actual = assertThrows(EvidentException.class, () -> new DiffService(dir,
        new DetectedConflicts()).run(new DiffService.Request(new Side.Revision("HEAD~1"),
        new Side.Revision("HEAD"), Query.all())));
    assertEquals(expected.diagnostics(), actual.diagnostics());
    assertEquals(List.of("HEAD:claims/src-a/always-bad.yaml",
        "HEAD:claims/src-a/copy-of-bad.yaml", "HEAD:claims/src-a/src-a-000002.yaml",
        "HEAD~1:claims/src-a/always-bad.yaml"),
        actual.diagnostics().stream().map(Diagnostic::path).distinct().sorted().toList());
  }

  /**
   * Random edits of a small review, each side given once with shared arrays (as git gives
   * them) and once with copies (as two folders give them): the shortcut must never differ
   * from parsing and comparing everything, whether the result is a diff or a list of problems.
   */
  @Test
  void randomEditsGiveWhatParsingEveryFileGives() {
    Random rnd = new Random(20261121);
    String[] subjects = {"X", "Y", "hypoxia", "VEGF"};
    Relation[] relations = {Relation.INCREASES, Relation.REDUCES, Relation.PROMOTES,
        Relation.INHIBITS};
    int nonEmpty = 0;
    for (int round = 0; round < 150; round++) {
      Map<String, byte[]> before = new LinkedHashMap<>();
      for (String s : List.of("src-a", "src-b", "src-c")) {
        before.put(ClaimSet.sourcePath(s), bytes(Codec.write(source(s, "Paper title number "
            + s, "10.1/" + s))));
      }
      for (int i = 0; i < 12; i++) {
        String src = "src-" + "abc".charAt(rnd.nextInt(3));
        Claim c = claim(src + "-00000" + i, src, i % 3 == 0 ? SIMILAR : "Statement " + i
            + " about " + subjects[rnd.nextInt(4)], subjects[rnd.nextInt(4)],
            relations[rnd.nextInt(4)], subjects[rnd.nextInt(4)]);
        before.put(ClaimSet.claimPath(src, c.id()), bytes(Codec.write(c)));
      }
      Map<String, byte[]> after = new LinkedHashMap<>(before); // same arrays: git's sharing
      List<String> paths = new ArrayList<>(before.keySet());
      for (int e = 0; e < 1 + rnd.nextInt(4); e++) {
        String p = paths.get(rnd.nextInt(paths.size()));
        byte[] old = after.get(p);
        if (old == null) {
          continue;
        }
        String text = new String(old, StandardCharsets.UTF_8);
        switch (rnd.nextInt(9)) {
          case 0 -> after.remove(p);
          case 1 -> after.put(p.replace(".yaml", "-renamed.yaml"), after.remove(p));
          case 2 -> after.put("claims/src-c/" + p.substring(p.lastIndexOf('/') + 1),
              after.remove(p));
          case 3 -> after.put(p, bytes("# edited by hand\n" + text));
          case 4 -> after.put(p, bytes(text.replace("increases", "decreases")
              .replace("promotes", "inhibits")));
          case 5 -> after.put(p, bytes(text.replace("doi: \"10.1/src-b\"",
              "doi: \"10.1/src-a\"").replace("statement: ", "statement: Now ")));
          case 6 -> after.put(p, bytes("id: [broken\n"));
          case 7 -> after.put(p, bytes(text.replace("status: extracted", "status: rejected")));
          default -> before.put(p, bytes("# only before\n" + text)); // changed the other way
        }
      }
      for (boolean shared : new boolean[] {true, false}) {
        Map<String, byte[]> b = shared ? before : copy(before);
        Map<String, byte[]> a = shared ? after : copy(after);
        for (ConflictFinder finder : List.of(new DetectedConflicts(),
            new SimpleConflictFinder())) {
          Object expected = outcome(() -> full(b, "old", a, "new", finder, Query.all()));
          Object actual = outcome(() -> paired(b, "old", a, "new", finder, Query.all()));
          assertEquals(expected, actual, "round " + round);
          if (expected instanceof String s && !s.startsWith("no changes")) {
            nonEmpty++;
          }
        }
      }
    }
    assertTrue(nonEmpty > 100, "too few rounds with changes: " + nonEmpty);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSideWithoutChangesComparesNothing() {
    Claim c = claim("src-a-000001", "src-a", "X raises Y.", "X", Relation.INCREASES, "Y");
    Map<String, byte[]> files = new TreeMap<>();
    files.put(ClaimSet.claimPath("src-a", c.id()), bytes(Codec.write(c)));
    files.put(ClaimSet.sourcePath("src-a"), bytes(Codec.write(source("src-a",
        "Hypoxia and angiogenesis in breast cancer", "10.1/a"))));
    ClaimTree.Pair p = ClaimTree.parsePair(files, "a/", copy(files), "b/");
    assertEquals(java.util.Set.of(), p.changed());
    assertTrue(p.before().claims().get(c.id()) == p.after().claims().get(c.id()),
        "a file with the same path and bytes is parsed once");
    Mechanism m = c.mechanism();
    assertEquals(m, p.after().claims().get(c.id()).mechanism());
  }
}
