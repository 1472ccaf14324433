package dev.evident.cli;

import dev.evident.model.Safe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.store.Codec;
import dev.evident.store.Fixtures;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content and file names that would drive a terminal (colour escapes, OSC 8 hyperlinks,
 * bidirectional overrides) are shown escaped in every message evident prints.
 */
class TerminalSafetyTest {
  static final String ESC_RED = "\u001b[31m";
  static final String OSC8 = "\u001b]8;;https://evil.invalid\u0007click\u001b]8;;\u0007";
  static final String BIDI = "\u202e";

  @TempDir
  Path dir;

  /** Nothing a terminal would act on: no C0/C1 control but newline and tab, no bidi control. */
  static void assertInert(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
          || c == 0x200e || c == 0x200f || c == 0x061c;
      assertFalse(control || bidi, String.format(java.util.Locale.ROOT,
          "raw U+%04X at %d in:%n%s", (int) c, i, printed));
    }
  }

  @Test
  void safeEscapesEscapesOscAndBidi() {
    assertEquals("\\u001B[31mred", Safe.line(ESC_RED + "red"));
    assertEquals("\\u001B]8;;https://evil.invalid\\u0007click\\u001B]8;;\\u0007", Safe.line(OSC8));
    assertEquals("abc\\u202Edef", Safe.line("abc" + BIDI + "def"));
    assertEquals("\\u009B2J", Safe.line("\u009b2J"));
    assertEquals("a\\nb\\tc", Safe.line("a\nb\tc"));
  }

  @Test
  void aSeedFileNameWithAnEscapeSequenceIsShownEscaped() throws IOException {
    CliRunner.repoWithSeeds(dir);
    String name = "evil" + ESC_RED + BIDI + "txt.exe.txt";
    Files.copy(dir.resolve("seeds/000_dd130d9692cbe8c3.txt"), dir.resolve("seeds/" + name));
    CliRunner.Result r = CliRunner.run(dir, "parse");
    assertEquals(0, r.code(), r.toString());
    assertInert(r.out());
    assertInert(r.err());
    assertTrue(r.out().contains("seeds/evil\\u001B[31m\\u202Etxt.exe.txt"), r.out());
    // the name is stored escaped in YAML, and read back exactly
    assertTrue(new Repository(dir).load().sources().values().stream()
        .anyMatch(s -> s.seed().file().equals("seeds/" + name)));
  }

  @Test
  void aBadSeedWhoseNameHoldsAnEscapeIsReportedEscaped() throws IOException {
    Files.createDirectories(dir.resolve("seeds"));
    String osc8NoSlash = "\u001b]8;;x\u0007click\u001b]8;;\u0007";
    Files.write(dir.resolve("seeds/" + osc8NoSlash + ".txt"), new byte[] {'a', 0, 'b'});
    CliRunner.Result r = CliRunner.run(dir, "parse");
    assertEquals(3, r.code(), r.toString());
    assertInert(r.err());
    assertTrue(r.err().startsWith("seeds/\\u001B]8;;x\\u0007click\\u001B]8;;\\u0007.txt: "
        + "error: binary file"), r.err());
  }

  @Test
  void aClaimFileWithRawEscapesIsReportedWithItsLineEscaped() throws IOException {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    Path claim = Files.list(dir.resolve("claims/chen-2025-breast"))
        .filter(p -> !p.getFileName().toString().equals("source.yaml")).sorted().findFirst()
        .orElseThrow();
    String text = Files.readString(claim, StandardCharsets.UTF_8);
    Files.writeString(claim, text.replaceFirst("statement: ", "statement: " + ESC_RED + OSC8
        + BIDI), StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run(dir, "parse");
    assertEquals(3, r.code(), r.toString());
    assertInert(r.out());
    assertInert(r.err());
    assertTrue(r.err().contains(".yaml:3:12: error: control character U+001B is not allowed in "
        + "YAML"), r.err());
    assertTrue(r.err().contains("statement: \\u001B[31m\\u001B]8;;"), r.err());
  }

  @Test
  void aValidClaimHoldingEscapesRoundTripsAndParseStaysInert() throws IOException {
    CliRunner.repoWithSeeds(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    Repository repo = new Repository(dir);
    Claim c = repo.load().claimList().get(0);
    String rel = repo.load().claimFiles().get(c.id());
    Claim evil = c.toBuilder().statement(ESC_RED + "red " + OSC8 + " " + BIDI + "txt")
        .note("note " + ESC_RED).tags(List.of("tag" + ESC_RED, "bidi" + BIDI))
        .edited(List.of("statement")).build();
    Files.writeString(dir.resolve(rel), Codec.write(evil), StandardCharsets.UTF_8);
    String onDisk = Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
    assertInert(onDisk.replace("\n", ""));
    assertEquals(evil, repo.load().claims().get(c.id()));
    CliRunner.Result r = CliRunner.run(dir, "parse");
    assertEquals(0, r.code(), r.toString());
    assertInert(r.out());
    assertInert(r.err());
    for (String[] args : List.of(new String[] {"list"}, new String[] {"show", c.id()},
        new String[] {"tags"}, new String[] {"stats"}, new String[] {"lint"},
        new String[] {"lint", "--format", "github"}, new String[] {"conflicts"},
        new String[] {"list", "--where", "statement ~ \"" + ESC_RED + "\""})) {
      CliRunner.Result out = CliRunner.run(dir, args);
      assertInert(out.out());
      assertInert(out.err());
      assertTrue(out.code() <= 2, String.join(" ", args) + ": " + out);
    }
    String shown = CliRunner.run(dir, "show", c.id()).out();
    assertTrue(shown.contains("\\u001B[31mred \\u001B]8;;https://evil.invalid\\u0007click"),
        shown);
    assertTrue(CliRunner.run(dir, "list").out().contains("\\u001B[31mred"));
  }

  @Test
  void fixturesAreUsable() {
    // guards the helper this class leans on: a claim fixture with an escape still validates
    Claim c = Fixtures.claim("s-abcdef", ESC_RED + "x");
    assertEquals(ESC_RED + "x", Codec.readClaim("c.yaml", Codec.write(c)).statement());
  }
}
