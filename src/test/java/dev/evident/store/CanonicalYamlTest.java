package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The canonical fast path must give exactly what the strict reader gives: the same claim for
 * every file, and the same diagnostic for every file the strict reader refuses.
 */
class CanonicalYamlTest {
  private static final String[] RISKY = {"yes", "", " x", "12", "a: b", "tab\there",
      "line\nbreak", "quote \" and \\ back", "emoji \uD83D\uDE00", "bidi\u202Eo", "é", "~",
      "null", "-1", "[x]", "ends:", "a #b", "nbsp\u00A0", "ctrl\u0007", "\u2028sep"};

  private static List<String> committedClaimFiles() throws IOException {
    Path claims = Path.of("claims");
    try (Stream<Path> s = Files.walk(claims)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".yaml")
          && !p.getFileName().toString().equals("evident.yaml")).sorted().toList()) {
        out.add(p.toString().replace('\\', '/'));
      }
      return out;
    }
  }

  private static List<Claim> sampleClaims() {
    List<Claim> out = new ArrayList<>();
    out.add(Fixtures.claim("chen-2025-breast-000001", "Hypoxia promotes angiogenesis."));
    out.add(Fixtures.curated());
    int i = 2;
    for (String s : RISKY) {
      Claim base = Fixtures.curated();
      out.add(base.toBuilder().id(String.format("chen-2025-breast-%06d", i++))
          .statement("S " + s).note(s).tags(List.of("t" + i, s.isBlank() ? "x" : s)).build());
    }
    return out;
  }

  @Test
  void everyWrittenClaimTakesTheFastPathAndReadsBackEqual() {
    for (Claim c : sampleClaims()) {
      String text = Codec.write(c);
      assertNotNull(CanonicalYaml.read(text), text);
      assertEquals(c, Codec.readClaim("c.yaml", text), text);
      assertEquals(Codec.readClaimStrict("c.yaml", text), Codec.readClaim("c.yaml", text));
    }
  }

  @Test
  void committedReviewReadsTheSameOnBothPaths() throws IOException {
    List<String> files = committedClaimFiles();
    assertTrue(files.size() > 20, "the committed review has claims");
    for (String f : files) {
      String text = Files.readString(Path.of(f), StandardCharsets.UTF_8);
      assertNotNull(CanonicalYaml.read(text), f);
      if (f.endsWith("/source.yaml")) {
        Source s = Codec.readSource(f, text);
        assertEquals(Codec.readSourceStrict(f, text), s, f);
      } else {
        assertEquals(Codec.readClaimStrict(f, text), Codec.readClaim(f, text), f);
      }
    }
  }

  @Test
  void nonCanonicalLayoutsAreLeftToTheStrictReader() {
    String text = Codec.write(Fixtures.curated());
    String[] variants = {
        text.replace("\n", "\r\n"),
        text.replace("status: rejected", "status: rejected # why"),
        text.replace("status: rejected", "status:   rejected"),
        text.replace("id: ", "\"id\": "),
        text.replace("tags:\n  - angiogenesis\n  - microenvironment",
            "tags: [angiogenesis, microenvironment]"),
        text.replace("note: yes", "note: 'yes'"),
        text + "---\n",
        text.substring(0, text.length() - 1),
        "# comment\n" + text,
    };
    for (String v : variants) {
      Object fast = outcome(() -> Codec.readClaim("c.yaml", v));
      Object strict = outcome(() -> Codec.readClaimStrict("c.yaml", v));
      assertEquals(strict, fast, v);
    }
    assertNull(CanonicalYaml.read(variants[0]), "CRLF is not canonical");
  }

  /**
   * Random single-character edits of canonical files (the input a hand edit or a fuzzer
   * makes): the fast path and the strict reader agree on every one, claim or diagnostic.
   */
  @Test
  void mutatedFilesReadTheSameOnBothPaths() {
    Random random = new Random(42);
    String alphabet = " :-\"\\\n#&*![]{}'>|0123456789abcnuxyzé\t";
    List<String> texts = new ArrayList<>();
    for (Claim c : sampleClaims()) {
      texts.add(Codec.write(c));
    }
    int fastAccepted = 0;
    for (int n = 0; n < 3000; n++) {
      String t = texts.get(random.nextInt(texts.size()));
      int at = random.nextInt(t.length());
      String m = switch (random.nextInt(3)) {
        case 0 -> t.substring(0, at) + t.substring(at + 1);
        case 1 -> t.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length()))
            + t.substring(at);
        default -> t.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length()))
            + t.substring(at + 1);
      };
      Object fast = outcome(() -> Codec.readClaim("m.yaml", m));
      Object strict = outcome(() -> Codec.readClaimStrict("m.yaml", m));
      assertEquals(strict, fast, m);
      if (fast instanceof Claim && CanonicalYaml.read(m) != null) {
        fastAccepted++;
      }
    }
    assertTrue(fastAccepted > 100, "some edits keep the file canonical: " + fastAccepted);
  }

  @Test
  void aScanMarksCanonicalExactlyTheFilesInCanonicalForm(@org.junit.jupiter.api.io.TempDir
      Path dir) throws IOException {
    Claim one = Fixtures.claim("chen-2025-breast-000001", "Hypoxia promotes angiogenesis.");
    Claim two = Fixtures.claim("chen-2025-breast-000002", "TGF-beta drives fibrosis.");
    Path folder = dir.resolve("claims/chen-2025-breast");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(one.id() + ".yaml"), Codec.write(one));
    // the same claim, hand-edited into a layout the strict reader accepts but evident would
    // not write: a comment line
    Files.writeString(folder.resolve(two.id() + ".yaml"), "# checked by hand\n"
        + Codec.write(two));
    Repository.Scan scan = new Repository(dir).scan();
    assertEquals(2, scan.set().claims().size(), scan.problems().toString());
    assertEquals(java.util.Set.of("claims/chen-2025-breast/chen-2025-breast-000001.yaml"),
        scan.set().canonical());
    for (String path : scan.set().canonical()) {
      String id = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
      assertEquals(Codec.write(scan.set().claims().get(id)), scan.set().texts().get(path));
    }
  }

  private static Object outcome(java.util.function.Supplier<Object> read) {
    try {
      return read.get();
    } catch (EvidentException e) {
      return e.diagnostics().toString() + e.getMessage();
    }
  }
}
