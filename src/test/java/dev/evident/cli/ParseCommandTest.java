package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Status;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
  @TempDir
  Path dir;

  private CliRunner.Result parse(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "parse";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRunner.run(dir, all);
  }

  @Test
  void parsesTheSeedsIntoOneFolderPerSource() {
    CliRunner.repoWithSeeds(dir);
    CliRunner.Result r = parse();
    assertEquals(0, r.code(), r.toString());
    ClaimSet set = new Repository(dir).load();
    assertEquals(5, set.sources().size());
    assertTrue(set.claims().size() >= 30, r.toString());
    assertTrue(r.out().contains("parsed 5 seeds: " + set.claims().size() + " claims"), r.out());
    assertTrue(r.out().contains("pubmed-page"), r.out());
    assertEquals("", r.err());
    for (Map.Entry<String, String> e : set.claimFiles().entrySet()) {
      Claim c = set.claims().get(e.getKey());
      assertEquals(ClaimSet.claimPath(c.source(), c.id()), e.getValue());
    }
  }

  @Test
  void reparsingUnchangedSeedsChangesNoByte() {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, parse().code());
    Map<String, String> before = CliRunner.snapshot(dir);
    CliRunner.Result again = parse();
    assertEquals(0, again.code());
    assertTrue(again.out().contains("wrote 0 files"), again.out());
    assertEquals(before, CliRunner.snapshot(dir));
  }

  @Test
  void theCommittedClaimsAreExactlyWhatParseWrites() throws IOException {
    Path committed = Path.of("claims");
    copyTree(Path.of("seeds"), dir.resolve("seeds"));
    copyTree(committed, dir.resolve("claims"));
    Map<String, String> before = CliRunner.snapshot(dir.resolve("claims"));
    CliRunner.Result r = parse();
    assertEquals(0, r.code(), r.toString());
    assertEquals(before, CliRunner.snapshot(dir.resolve("claims")),
        "bin/evident parse would change the committed claims/: " + r.out());
    assertTrue(r.out().contains("wrote 0 files"), r.out());
  }

  @Test
  void dryRunWritesNothingAndSaysWhatWouldChange() {
    CliRunner.repoWithSeeds(dir);
    CliRunner.Result r = parse("--dry-run");
    assertEquals(0, r.code());
    assertFalse(Files.exists(dir.resolve("claims")));
    assertTrue(r.out().contains("would add    claims/"), r.out());
    assertTrue(r.out().contains("dry run: 5 seeds"), r.out());
  }

  @Test
  void curatedDecisionsSurviveAReparse() {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, parse().code());
    Repository repo = new Repository(dir);
    ClaimSet set = repo.load();
    List<Claim> claims = set.claimList();
    Claim a = claims.get(0);
    Claim b = claims.get(1);
    Claim curated = a.toBuilder()
        .status(Status.ACCEPTED)
        .decision(new Decision("Reviewer One", "clear mechanism"))
        .tags(List.of("emt", "custom-tag"))
        .statement("A curator's better statement.")
        .edited(List.of("statement"))
        .evidence(a.evidence().withOverride(new LevelOverride(3, "checked the cited study", "R")))
        .links(List.of(new Link(LinkRelation.SUPPORTS, b.id(), "same pathway")))
        .note("discussed on call")
        .build();
    write(set.claimFiles().get(a.id()), Codec.write(curated));
    CliRunner.Result r = parse();
    assertEquals(0, r.code(), r.toString());
    Claim after = new Repository(dir).load().claims().get(a.id());
    assertEquals(curated, after);
  }

  @Test
  void aClaimWhoseQuoteVanishedIsReportedAndKept() throws IOException {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, parse().code());
    ClaimSet set = new Repository(dir).load();
    Claim victim = set.claimList().get(0);
    String seedFile = set.sources().get(victim.source()).seed().file();
    Path seed = dir.resolve(seedFile);
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String firstWords = victim.quote().substring(0, 25);
    int at = dev.evident.model.QuoteText.normalize(text).indexOf(firstWords);
    assertTrue(at >= 0, "quote start not found");
    // Change one word of the sentence in the seed so the quote no longer exists.
    String raw = text.replaceFirst(java.util.regex.Pattern.quote(
        victim.quote().substring(0, 12)), "Entirely new");
    Files.writeString(seed, raw, StandardCharsets.UTF_8);
    CliRunner.Result r = parse();
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().contains(set.claimFiles().get(victim.id())
        + ": warning: quote no longer found in its seed"), r.err());
    assertTrue(Files.exists(dir.resolve(set.claimFiles().get(victim.id()))));
    assertTrue(r.out().contains("1 kept"), r.out());
  }

  @Test
  void runsInAnotherDirectoryWithDashC() {
    CliRunner.repoWithSeeds(dir);
    CliRunner.Result r = CliRunner.run(dir, "parse", "seeds/003_b87220b769523c1d.txt");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, new Repository(dir).load().sources().size());
    CliRunner.Result bad = CliRunner.run(dir.resolve("nope"), "parse");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("no such directory"), bad.err());
  }

  // ---------------------------------------------------------------- bad input

  private CliRunner.Result parseWithExtraSeed(String name, byte[] bytes) throws IOException {
    CliRunner.repoWithSeeds(dir);
    Files.write(dir.resolve("seeds").resolve(name), bytes);
    return parse();
  }

  private void assertRefused(CliRunner.Result r, String expectedMessage) {
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains(expectedMessage), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertFalse(Files.exists(dir.resolve("claims")), "a failed run writes nothing");
  }

  @Test
  void emptySeed() throws IOException {
    assertRefused(parseWithExtraSeed("empty.txt", new byte[0]),
        "seeds/empty.txt: error: seed is empty");
  }

  @Test
  void binarySeed() throws IOException {
    assertRefused(parseWithExtraSeed("img.txt", new byte[] {'P', 'N', 'G', 0, 1, 2}),
        "seeds/img.txt: error: binary file (NUL byte at offset 3)");
  }

  @Test
  void invalidUtf8Seed() throws IOException {
    byte[] bytes = "Hypoxia promotes angiogenesis in tumours. \u00e9".getBytes(
        StandardCharsets.ISO_8859_1);
    CliRunner.Result r = parseWithExtraSeed("latin1.txt", bytes);
    assertRefused(r, "seeds/latin1.txt: error: invalid UTF-8 at byte offset 42");
  }

  @Test
  void utf16Seed() throws IOException {
    byte[] bytes = "\uFEFFHypoxia promotes angiogenesis.".getBytes(StandardCharsets.UTF_16LE);
    assertRefused(parseWithExtraSeed("u16.txt", bytes), "seeds/u16.txt: error: seed is UTF-16LE");
  }

  @Test
  void seedWithNoProse() throws IOException {
    assertRefused(parseWithExtraSeed("dots.txt", "...\n---\n| |\n".getBytes(
        StandardCharsets.UTF_8)), "seeds/dots.txt: error: no prose found in seed");
  }

  @Test
  void seedOverTheSizeLimit() throws IOException {
    byte[] big = new byte[(16 << 20) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertRefused(parseWithExtraSeed("big.txt", big),
        "seeds/big.txt: error: seed is 16777217 bytes, over the 16 MiB limit");
  }

  @Test
  void bomAndCrlfSeedsGiveTheSameClaimsAsLf() throws IOException {
    Path original = Path.of("seeds/003_b87220b769523c1d.txt");
    String text = Files.readString(original, StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(dir.resolve("seeds/lf.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("seeds/crlf.txt"), "\uFEFF" + text.replace("\n", "\r\n"),
        StandardCharsets.UTF_8);
    CliRunner.Result r = parse();
    assertEquals(0, r.code(), r.toString());
    ClaimSet set = new Repository(dir).load();
    List<Claim> lf = set.claimList().stream()
        .filter(c -> set.sources().get(c.source()).seed().file().equals("seeds/lf.txt")).toList();
    List<Claim> crlf = set.claimList().stream()
        .filter(c -> set.sources().get(c.source()).seed().file().equals("seeds/crlf.txt")).toList();
    assertEquals(lf.size(), crlf.size());
    assertTrue(lf.size() > 10);
    List<String> lq = lf.stream().map(Claim::quote).sorted().toList();
    List<String> cq = crlf.stream().map(Claim::quote).sorted().toList();
    assertEquals(lq, cq);
    for (Claim c : crlf) {
      Claim twin = lf.stream().filter(x -> x.quote().equals(c.quote())).findFirst().orElseThrow();
      assertEquals(twin.locator().line(), c.locator().line(), "same line numbers");
    }
  }

  @Test
  void missingSeedFolderIsAUsageError() {
    CliRunner.Result r = parse();
    assertEquals(2, r.code());
    assertEquals("seeds: error: no such seed file or folder\n", r.err());
    CliRunner.Result named = parse("elsewhere");
    assertEquals(2, named.code());
    assertTrue(named.err().startsWith("elsewhere: error: no such seed file or folder"));
  }

  @Test
  void claimsThatCannotBeWrittenLeaveNothingBehind() throws IOException {
    CliRunner.repoWithSeeds(dir);
    Files.writeString(dir.resolve("claims"), "not a folder");
    CliRunner.Result r = parse();
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("claims"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals("not a folder", Files.readString(dir.resolve("claims")));
  }

  @Test
  void keepGoingWritesTheGoodSeedsAndStillFails() throws IOException {
    CliRunner.repoWithSeeds(dir);
    Files.write(dir.resolve("seeds/empty.txt"), new byte[0]);
    CliRunner.Result r = parse("--keep-going");
    assertEquals(3, r.code());
    assertTrue(r.err().contains("seeds/empty.txt: error: seed is empty"), r.err());
    assertEquals(5, new Repository(dir).load().sources().size());
  }

  @Test
  void anInvalidClaimFileStopsParseWithItsPosition() throws IOException {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, parse().code());
    Map<String, String> before = CliRunner.snapshot(dir);
    ClaimSet set = new Repository(dir).load();
    String file = set.claimFiles().values().iterator().next();
    Path p = dir.resolve(file);
    Files.writeString(p, Files.readString(p).replace("status: extracted", "status: maybe"));
    CliRunner.Result r = parse();
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith(file + ":"), r.err());
    assertTrue(r.err().contains("error: 'status' is 'maybe'; expected one of: extracted, "
        + "accepted, rejected, needs-revision"), r.err());
    assertTrue(r.err().contains("^"), "caret under the column: " + r.err());
    before.remove(file);
    Map<String, String> after = CliRunner.snapshot(dir);
    after.remove(file);
    assertEquals(before, after);
  }

  private void write(String rel, String text) {
    try {
      Files.writeString(dir.resolve(rel), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
