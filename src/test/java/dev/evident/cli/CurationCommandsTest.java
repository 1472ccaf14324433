package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.app.Review;
import dev.evident.model.Claim;
import dev.evident.model.Status;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurationCommandsTest {
  @TempDir
  Path dir;

  private String a;
  private String b;
  private String c;

  @BeforeEach
  void setUp() {
    Review.create(dir);
    List<String> ids = Review.ids(dir);
    a = ids.get(0);
    b = ids.get(1);
    c = ids.get(2);
  }

  private CliRunner.Result run(String... args) {
    return CliRunner.run(dir, args);
  }

  private static String hash(String id) {
    return id.substring(id.lastIndexOf('-') + 1);
  }

  private Claim claim(String id) {
    return Review.load(dir).claims().get(id);
  }

  private void ok(CliRunner.Result r) {
    assertEquals(0, r.code(), r::toString);
  }

  private void usage(CliRunner.Result r, String errPart) {
    assertEquals(ExitCodes.USAGE, r.code(), r::toString);
    assertTrue(r.err().contains(errPart), r::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tag", "tag add", "tag rm", "tags", "accept", "reject", "status",
      "level", "edit", "link", "unlink", "list", "show", "stats", "fmt"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRunner.Result r = run(args.toArray(String[]::new));
    ok(r);
    assertTrue(r.out().contains("Examples:"), r::toString);
    assertTrue(r.out().contains("Exit codes:"), r::toString);
    assertTrue(r.out().contains("  evident " + command.split(" ")[0]), r::toString);
  }

  // ------------------------------------------------------------------ tag

  @Test
  void tagAddAndRemoveByIdPrefixAndQuery() {
    CliRunner.Result r = run("tag", "add", "emt", hash(a), hash(b).substring(0, 4));
    ok(r);
    assertEquals("tagged 2 claims\n", r.out());
    assertTrue(claim(a).tags().contains("emt"));
    r = run("tag", "add", "emt", "--where", "tag=ecm");
    ok(r);
    assertTrue(r.out().contains("(1 already had the tag)"), r::toString);
    r = run("tag", "rm", "emt", "-w", "tag=emt");
    ok(r);
    assertEquals("untagged 3 claims\n", r.out());
    r = run("tag", "add", "emt", "--where", "tag=nothing");
    ok(r);
    assertTrue(r.err().contains("warning: no claim matches --where tag=nothing"), r::toString);
  }

  @Test
  void tagErrors() {
    Map<String, String> before = CliRunner.snapshot(dir);
    usage(run("tag", "add", "emtt", a), "unknown tag 'emtt'; closest known: emt, ctc, ecm");
    usage(run("tag", "add", "emt", a, "zzz"), "zzz: error: no claim has this id or id prefix");
    usage(run("tag", "add", "emt"), "name the claims");
    usage(run("tag", "add", "emt", "--description", "x", a), "--description needs --new");
    usage(run("tag"), "missing subcommand");
    usage(run("tag", "rm", "nonsense", a), "unknown tag 'nonsense'");
    usage(run("tag", "add", "emt", "--where", "tag=emt and"), "--where:1:12: error:");
    assertEquals(before, CliRunner.snapshot(dir), "nothing was written");
  }

  @Test
  void tagNewAddsToTheVocabulary() {
    CliRunner.Result r = run("tag", "add", "anoikis", "--new", "--description",
        "detachment-induced cell death", a);
    ok(r);
    assertTrue(r.out().contains("added tag 'anoikis' to the vocabulary in claims/evident.yaml"));
    assertTrue(Files.exists(dir.resolve(Repository.SETTINGS)));
    r = run("tags");
    ok(r);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("anoikis +1  detachment-induced cell "
        + "death")), r::toString);
  }

  @Test
  void tagsListsCountsAndUndeclaredTags() throws Exception {
    CliRunner.Result r = run("tags");
    ok(r);
    assertTrue(r.out().startsWith("TAG "), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("ecm +2  extracellular matrix .*")),
        r::toString);
    Path file = dir.resolve(Review.load(dir).claimFiles().get(a));
    Files.writeString(file, Files.readString(file).replace("tags: []", "tags:\n  - zeta")
        .replace("  - ecm\n", "  - ecm\n  - zeta\n"));
    r = run("tags", "--format", "json");
    ok(r);
    assertTrue(r.out().contains("\"name\": \"zeta\",\n    \"count\": 1"), r::toString);
    assertTrue(r.out().contains("\"in_vocabulary\": false"), r::toString);
  }

  // ------------------------------------------------------------------ decisions

  @Test
  void acceptRejectStatus() {
    CliRunner.Result r = run("accept", hash(a), hash(b), "--by", "Ada", "--reason", "checked");
    ok(r);
    assertEquals("accepted 2 claims\n", r.out());
    assertEquals(Status.ACCEPTED, claim(a).status());
    assertEquals("Ada", claim(a).decision().by());
    r = run("accept", hash(a), "--by", "Ada", "--reason", "checked");
    ok(r);
    assertEquals("accepted 0 claims (1 unchanged)\n", r.out());
    r = run("reject", hash(c), "--reason", "not a mechanism", "--by", "Bob");
    ok(r);
    assertEquals("rejected 1 claim\n", r.out());
    assertEquals("not a mechanism", claim(c).decision().reason());
    r = run("status", hash(c), "needs-revision", "--by", "Bob");
    ok(r);
    assertEquals(c + ": needs-revision\n", r.out());
    r = run("status", hash(c), "EXTRACTED");
    ok(r);
    assertEquals(null, claim(c).decision());
    r = run("accept", "--where", "status=extracted", "--by", "Ada");
    ok(r);
    assertEquals("accepted 1 claim\n", r.out());
  }

  @Test
  void decisionErrors() {
    Map<String, String> before = CliRunner.snapshot(dir);
    usage(run("reject", a), "Missing required option: '--reason=TEXT'");
    usage(run("reject", a, "--reason", " ", "--by", "x"), "a rejection needs a reason");
    usage(run("accept", a, "zzz", "--by", "x"), "zzz: error: no claim has this id");
    usage(run("accept", "--by", "x"), "name the claims");
    usage(run("accept", "chen", "--by", "x"), "id prefix is ambiguous; it matches 3 claims");
    usage(run("status", a, "done"), "unknown status 'done'; statuses are: extracted, "
        + "accepted, rejected, needs-revision");
    usage(run("status", a), "Missing required parameter: 'STATUS'");
    usage(run("status", a, "rejected", "--by", "x"), "a rejection needs a reason");
    usage(run("accept", a, "--by", ""), "--by needs a name");
    assertEquals(before, CliRunner.snapshot(dir), "nothing was written");
  }

  @Test
  void anInvalidClaimFileIsExit3() throws Exception {
    Files.writeString(dir.resolve(Review.load(dir).claimFiles().get(b)), "id: [\n");
    CliRunner.Result r = run("accept", hash(a), "--by", "x");
    assertEquals(ExitCodes.DATA, r.code(), r::toString);
    assertTrue(r.err().contains(b + ".yaml:"), r::toString);
    assertEquals(ExitCodes.DATA, run("list").code());
  }

  // ------------------------------------------------------------------ level, edit

  @Test
  void levelOverrideAndClear() {
    CliRunner.Result r = run("level", hash(a), "3", "--reason", "mouse model", "--by", "Ada");
    ok(r);
    assertEquals(a + ": level 3\n", r.out());
    assertEquals(3, claim(a).evidence().effectiveLevel());
    assertTrue(run("list").out().contains(" 3*  "), "the table stars an override");
    r = run("level", hash(a), "--clear");
    ok(r);
    assertEquals(a + ": level override cleared\n", r.out());
    r = run("level", hash(a), "--clear");
    ok(r);
    assertTrue(r.out().contains("has no level override; nothing changed"));
    r = run("level", hash(a), "5", "--reason", "same", "--by", "Ada");
    ok(r);
    assertTrue(r.out().contains("the override equals the computed level 5"), r::toString);
  }

  @Test
  void levelErrors() {
    usage(run("level", a, "7", "--reason", "x", "--by", "x"), "evidence level must be 1 to 6");
    usage(run("level", a, "3"), "a level override needs a reason");
    usage(run("level", a), "give a LEVEL (1 to 6) or --clear");
    usage(run("level", a, "3", "--clear"), "--clear takes no LEVEL or --reason");
    usage(run("level", a, "three"), "'three' is not an int");
  }

  @Test
  void editAndItsErrors() {
    String quote = claim(a).quote();
    CliRunner.Result r = run("edit", hash(a), "--statement", "Edited statement.", "--relation",
        "associated-with", "--note", "check it");
    ok(r);
    assertEquals(a + ": edited\n", r.out());
    assertEquals(List.of("statement", "relation"), claim(a).edited());
    assertEquals(quote, claim(a).quote());
    assertEquals("check it", claim(a).note());
    r = run("edit", hash(a), "--note", "check it");
    ok(r);
    assertEquals(a + ": nothing changed\n", r.out());
    usage(run("edit", a), "nothing to edit");
    usage(run("edit", a, "--relation", "boosts"), "unknown relation 'boosts'");
    usage(run("edit", a, "--subject", "  "), "--subject must not be empty");
    usage(run("edit", a, "--quote", "x"), "Unknown options: '--quote'");
  }

  // ------------------------------------------------------------------ links

  @Test
  void linkUnlinkAndErrors() {
    CliRunner.Result r = run("link", hash(a), "contradicts", hash(b), "--note", "models differ");
    ok(r);
    assertEquals(a + ": linked (contradicts)\n", r.out());
    r = run("link", hash(a), "contradicts", hash(b));
    ok(r);
    assertTrue(r.out().endsWith("it already was, nothing changed\n"), r::toString);
    assertEquals("models differ", claim(a).links().get(0).note());
    usage(run("link", a, "contradicts", a), "a claim cannot be linked to itself");
    usage(run("link", a, "contradicts", "zzz"), "zzz: error: no claim has this id");
    usage(run("link", a, "opposes", b), "unknown link relation 'opposes'; relations are: "
        + "supports, contradicts, refines, duplicates, supersedes");
    r = run("unlink", hash(a), "contradicts", hash(b));
    ok(r);
    assertEquals(a + ": unlinked (contradicts)\n", r.out());
    usage(run("unlink", a, "contradicts", b), "has no 'contradicts' link to " + b);
  }

  // ------------------------------------------------------------------ list, show, stats

  @Test
  void listFormats() throws Exception {
    CliRunner.Result r = run("list");
    ok(r);
    assertEquals(4, r.out().lines().count());
    assertTrue(r.out().startsWith("ID "), r::toString);
    r = run("list", "--where", "tag=ecm", "--format", "ids");
    ok(r);
    assertEquals(2, r.out().lines().count());
    r = run("list", "--format", "yaml", "--where", "id=" + a);
    ok(r);
    assertEquals("---\n" + Files.readString(dir.resolve(Review.load(dir).claimFiles().get(a))),
        r.out());
    r = run("list", "--where", "level<5");
    ok(r);
    assertEquals("", r.out());
  }

  @Test
  void listJsonIsRealJson() throws Exception {
    run("edit", hash(a), "--note", "quote \"this\"\\ and\ttab \u2028 done");
    CliRunner.Result r = run("list", "--format", "json");
    ok(r);
    tools.jackson.databind.JsonNode tree = new tools.jackson.databind.json.JsonMapper()
        .readTree(r.out());
    assertEquals(3, tree.size());
    assertEquals(a, tree.get(0).get("id").asString());
    assertEquals("quote \"this\"\\ and\ttab \u2028 done", tree.get(0).get("note").asString());
    assertEquals(5, tree.get(0).get("evidence").get("level").asInt());
    assertTrue(tree.get(0).get("decision").isNull());
  }

  @Test
  void listErrorsShowACaret() {
    CliRunner.Result r = run("list", "--where", "tag=emt and levl<=4");
    usage(r, "--where:1:13: error: unknown field 'levl'");
    assertTrue(r.err().contains("\n  tag=emt and levl<=4\n              ^\n"), r::toString);
    usage(run("list", "--format", "csv"), "Invalid value for option '--format'");
  }

  @Test
  void showMarksTheQuoteWhenNotATerminal() {
    String id = Review.load(dir).claims().values().stream().filter(x -> x.tags().size() == 3)
        .findFirst().orElseThrow().id();
    run("accept", hash(id), "--by", "Ada", "--reason", "fine");
    CliRunner.Result r = run("show", hash(id));
    ok(r);
    assertTrue(r.out().startsWith("id:        " + id + "\n"), r::toString);
    assertTrue(r.out().contains("status:    accepted (by Ada: fine)\n"), r::toString);
    assertTrue(r.out().contains("seed:      seeds/" + Review.SEED + ":"), r::toString);
    assertTrue(r.out().contains("behaviors. »Disruption of the ECM can induce"), r::toString);
    assertTrue(r.out().contains("cytokines.« Metastasis"), r::toString);
    assertFalse(r.out().contains("\u001B"), "no escapes when not on a terminal");
    r = run("show", hash(id), "--color=always");
    ok(r);
    assertTrue(r.out().contains("\u001B[1;7mDisruption of the ECM"), r::toString);
  }

  @Test
  void showErrorsAndWarnings() throws Exception {
    usage(run("show", "zzz"), "zzz: error: no claim has this id or id prefix");
    usage(run("show", "chen"), "ambiguous");
    Files.delete(dir.resolve("seeds").resolve(Review.SEED));
    CliRunner.Result r = run("show", hash(a));
    ok(r);
    assertTrue(r.err().contains("seeds/" + Review.SEED + ": warning: cannot read the seed"),
        r::toString);
    assertTrue(r.out().contains("quote:     "), r::toString);
  }

  @Test
  void statsTextAndJson() {
    run("reject", hash(a), "--reason", "x", "--by", "x");
    CliRunner.Result r = run("stats");
    ok(r);
    assertTrue(r.out().startsWith("claims: 3\n"), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("  rejected +1")), r::toString);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("  5 +3")), r::toString);
    r = run("stats", "--where", "status=rejected", "--format", "json");
    ok(r);
    assertTrue(r.out().startsWith("{\n  \"claims\": 1,\n"), r::toString);
    usage(run("stats", "--where", "status="), "expected a value after '='");
  }

  // ------------------------------------------------------------------ fmt

  @Test
  void fmtCheckAndRewrite() throws Exception {
    CliRunner.Result r = run("fmt", "--check");
    ok(r);
    assertEquals("", r.out());
    String rel = Review.load(dir).claimFiles().get(a);
    Path file = dir.resolve(rel);
    String canonical = Files.readString(file);
    Files.writeString(file, canonical.replace("note: \"\"", "note: ''"));
    r = run("fmt", "--check");
    assertEquals(ExitCodes.FINDINGS, r.code(), r::toString);
    assertEquals(rel + "\n", r.out());
    assertTrue(r.err().contains("1 file is not in canonical form; run 'evident fmt'"));
    r = run("fmt");
    ok(r);
    assertEquals(rel + "\n", r.out());
    assertEquals(canonical, Files.readString(file));
    Files.writeString(file, "id: [\n");
    r = run("fmt");
    assertEquals(ExitCodes.DATA, r.code(), r::toString);
    assertTrue(r.err().contains("nothing was formatted"), r::toString);
  }
}
