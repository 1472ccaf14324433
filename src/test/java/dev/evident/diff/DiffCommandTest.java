package dev.evident.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.Decision;
import dev.evident.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code evident diff} through the command line: the forms, options and every error path. */
class DiffCommandTest {
  @TempDir
  Path dir;

  private GitRepo twoCommits() {
    GitRepo r = DiffGoldenTest.base(dir);
    r.write(DiffGoldenTest.HYPOXIA.toBuilder().status(Status.ACCEPTED)
        .decision(new Decision("Ada", "checked")).build());
    return r.commit("accept");
  }

  @Test
  void rangeFormsAgree() {
    twoCommits();
    String twoArgs = CliRunner.run(dir, "diff", "HEAD~1", "HEAD").out();
    assertTrue(twoArgs.startsWith("1 accepted\n"), twoArgs);
    assertEquals(twoArgs, CliRunner.run(dir, "diff", "HEAD~1..HEAD").out());
    assertEquals(twoArgs, CliRunner.run(dir, "diff", "HEAD~1..").out());
    // merge base of HEAD~1 and HEAD is HEAD~1 itself; only the label differs
    String three = CliRunner.run(dir, "diff", "HEAD~1...HEAD").out();
    assertTrue(three.startsWith("1 accepted\nmerge base of HEAD~1 and HEAD -> HEAD\n"), three);
    // reversed: the claim goes back to extracted, which is a status change
    assertTrue(CliRunner.run(dir, "diff", "HEAD", "HEAD~1").out()
        .startsWith("1 status changed\n"));
  }

  @Test
  void workingTreeAgainstHeadAndAgainstARevision() {
    GitRepo r = twoCommits();
    CliRunner.Result clean = CliRunner.run(dir, "diff");
    assertEquals("no changes\nHEAD -> working tree\n", clean.out());
    r.delete(DiffGoldenTest.path(DiffGoldenTest.TGF));  // not committed
    CliRunner.Result wt = CliRunner.run(dir, "diff");
    assertTrue(wt.out().startsWith("1 removed\nHEAD -> working tree\n"), wt.toString());
    CliRunner.Result rev = CliRunner.run(dir, "diff", "HEAD~1");
    assertTrue(rev.out().startsWith("1 removed, 1 accepted\nHEAD~1 -> working tree\n"),
        rev.toString());
    // nothing was checked out: the file is still deleted, HEAD unchanged
    assertFalse(Files.exists(dir.resolve(DiffGoldenTest.path(DiffGoldenTest.TGF))));
    assertEquals(" D " + DiffGoldenTest.path(DiffGoldenTest.TGF) + "\n",
        r.git("status", "--porcelain"));
  }

  @Test
  void exitCodeAndQuiet() {
    twoCommits();
    assertEquals(0, CliRunner.run(dir, "diff", "HEAD~1", "HEAD").code());
    assertEquals(1, CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--exit-code").code());
    assertEquals(0, CliRunner.run(dir, "diff", "HEAD", "HEAD", "--exit-code").code());
    CliRunner.Result q = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--quiet");
    assertEquals(1, q.code());
    assertEquals("", q.out());
  }

  @Test
  void whereMatchesEitherSide() {
    GitRepo r = DiffGoldenTest.base(dir);
    r.write(DiffGoldenTest.TGF.toBuilder().tags(List.of("fibrosis")).build());
    r.write(DiffGoldenTest.HYPOXIA.toBuilder().status(Status.REJECTED)
        .decision(new Decision("Ada", "")).build());
    r.commit("two changes");
    String all = CliRunner.run(dir, "diff", "HEAD~1", "HEAD").out();
    assertTrue(all.startsWith("1 re-tagged, 1 rejected\n"), all);
    // matches only before (the tag was removed) -> still shown
    String before = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--where",
        "tag = microenvironment and statement ~ TGF").out();
    assertTrue(before.startsWith("1 re-tagged\n"), before);
    // matches only after
    String after = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--where",
        "status = rejected").out();
    assertTrue(after.startsWith("1 rejected\n"), after);
    assertTrue(CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--where", "level = 1").out()
        .startsWith("no changes\n"));
    CliRunner.Result bad = CliRunner.run(dir, "diff", "--where", "level >");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("--where:1:"), bad.err());
    assertEquals("", bad.out());
  }

  @Test
  void foldersOutsideGit(@TempDir Path other) {
    GitRepo a = DiffGoldenTest.base(dir);
    a.git("rev-parse", "HEAD");
    GitRepo b = GitRepo.init(other);
    b.write(GitRepo.source("chen-2025-breast", "Mechanisms"));
    b.write(DiffGoldenTest.HYPOXIA.toBuilder().note("see figure 2").build());
    CliRunner.Result r = CliRunner.run(dir, "diff", "--from", ".", "--to", other.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("3 removed, 1 note changed, 2 source records changed\n. -> "
        + other + "\n"), r.out());
    CliRunner.Result missing = CliRunner.run(dir, "diff", "--from", ".");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--from and --to go together"), missing.err());
    CliRunner.Result notRepo = CliRunner.run(dir, "diff", "--from", ".", "--to", "seeds-x");
    assertEquals(2, notRepo.code());
    assertEquals("seeds-x: error: no such folder\n", notRepo.err());
  }

  @Test
  void badRevisionIsAUsageErrorWithNothingOnStdout() {
    twoCommits();
    CliRunner.Result r = CliRunner.run(dir, "diff", "no-such-branch");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals("no-such-branch: error: unknown revision or not a commit\n", r.err());
    CliRunner.Result second = CliRunner.run(dir, "diff", "HEAD", "nope");
    assertEquals(2, second.code());
    assertEquals("nope: error: unknown revision or not a commit\n", second.err());
    CliRunner.Result option = CliRunner.run(dir, "diff", "--", "--output=x");
    assertEquals(2, option.code());
    assertTrue(option.err().contains("not a revision name"), option.err());
    assertFalse(Files.exists(dir.resolve("x")));
    CliRunner.Result three = CliRunner.run(dir, "diff", "HEAD", "HEAD~1..HEAD");
    assertEquals(2, three.code());
  }

  @Test
  void notAGitWorkTreeOrNotAReviewRepository(@TempDir Path plain) throws Exception {
    Files.createDirectories(plain.resolve("claims"));
    CliRunner.Result r = CliRunner.run(plain, "diff");
    assertEquals(2, r.code());
    assertTrue(r.err().contains(": error: not inside a git work tree"), r.err());
    assertEquals("", r.out());

    GitRepo empty = GitRepo.init(dir);
    empty.write("README", "x\n").commit("no claims here");
    CliRunner.Result nr = CliRunner.run(dir, "diff");
    assertEquals(2, nr.code());
    assertTrue(nr.err().contains("error: not a review repository"), nr.err());
  }

  @Test
  void invalidFileAtOneRevisionIsExit3NamingRevisionAndLine() {
    GitRepo r = DiffGoldenTest.base(dir);
    String p = DiffGoldenTest.path(DiffGoldenTest.TGF);
    r.write(p, r.read(p).replace("status: extracted", "status: [extracted"));
    r.commit("broken");
    r.write(DiffGoldenTest.TGF).commit("fixed");
    CliRunner.Result res = CliRunner.run(dir, "diff", "HEAD~2", "HEAD~1");
    assertEquals(3, res.code(), res.toString());
    assertEquals("", res.out());
    assertTrue(res.err().startsWith("HEAD~1:" + p + ":"), res.err());
    assertTrue(res.err().contains(": error: "), res.err());
    // the same file is fine at the other two revisions
    assertEquals(0, CliRunner.run(dir, "diff", "HEAD~2", "HEAD").code());
  }

  @Test
  void formatsAreUsableByTheirReaders() {
    twoCommits();
    JsonNode json = JsonMapper.builder().build().readTree(
        CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--format", "json").out());
    assertEquals(1, json.get("summary").get("accepted").asInt());
    JsonNode change = json.get("changes").get(0);
    assertEquals("modified", change.get("change").asString());
    assertEquals("accepted", change.get("fields").get(0).get("after").asString());
    assertEquals("checked", change.get("fields").get(0).get("decision_after").get("reason")
        .asString());
  }

  @Test
  void colourOnlyWhenAsked() {
    twoCommits();
    assertFalse(CliRunner.run(dir, "diff", "HEAD~1", "HEAD").out().contains("\u001b["));
    assertFalse(CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--color", "never").out()
        .contains("\u001b["));
    assertTrue(CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--color", "always").out()
        .contains("\u001b[1m1 accepted\u001b[0m"));
  }

  @Test
  void subfolderOfAGitRepositoryWorks() {
    Path sub = dir.resolve("review");
    GitRepo outer = GitRepo.init(dir);
    outer.write("review/" + DiffGoldenTest.path(DiffGoldenTest.HYPOXIA),
        dev.evident.store.Codec.write(DiffGoldenTest.HYPOXIA));
    outer.write("claims/ignored/x.yaml", "not: a claim\n");
    outer.commit("one");
    outer.write("review/" + DiffGoldenTest.path(DiffGoldenTest.HYPOXIA),
        dev.evident.store.Codec.write(DiffGoldenTest.HYPOXIA.toBuilder().note("n").build()));
    outer.commit("two");
    CliRunner.Result r = CliRunner.run(sub, "diff", "HEAD~1", "HEAD");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("1 note changed\n"), r.out());
  }

  @Test
  void aRevisionIsReadByTheWorkingTreesRules() {
    GitRepo r = DiffGoldenTest.base(dir);
    String file = "claims/feng-2025-brain/source.yaml";
    r.write(file, r.read(file).replace("id: feng-2025-brain", "id: feng-2025-other"));
    r.commit("a source id that does not match its folder");
    CliRunner.Result d = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--exit-code");
    assertEquals(3, d.code(), d.toString());
    assertTrue(d.err().contains("claims/feng-2025-brain/source.yaml:1:1: error: source id "
        + "'feng-2025-other' does not match its folder 'feng-2025-brain'"), d.err());
    assertEquals(3, CliRunner.run(dir, "list").code(), "the working tree says the same");
  }

  @Test
  void aChangedSourceRecordIsAChange() {
    GitRepo r = DiffGoldenTest.base(dir);
    String file = "claims/feng-2025-brain/source.yaml";
    r.write(file, r.read(file).replace("10.1007/s11010-024-05175-x", "10.1000/x.1")
        .replace("peer_reviewed: true", "peer_reviewed: false"));
    r.commit("a DOI and peer review stated");
    CliRunner.Result d = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--exit-code");
    assertEquals(1, d.code(), d.toString());
    assertTrue(d.out().startsWith("1 source record changed\n"), d.out());
    assertTrue(d.out().contains("source feng-2025-brain"), d.out());
    assertTrue(d.out().contains("doi, peer_reviewed"), d.out());
    CliRunner.Result md = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--format", "markdown");
    assertTrue(md.out().contains("- `feng-2025-brain` changed: doi, peer\\_reviewed"),
        md.out());
    assertTrue(!md.out().contains("| change | claims |"), "no empty table: " + md.out());
    CliRunner.Result js = CliRunner.run(dir, "diff", "HEAD~1", "HEAD", "--format", "json");
    assertTrue(js.out().contains("{\"id\": \"feng-2025-brain\", \"kind\": \"changed\", "
        + "\"fields\": [\"doi\", \"peer_reviewed\"]}"), js.out());
  }
}
