package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.evident.model.Claim;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code golden/parse/} holds one input document
 * ({@code input.*}) and the {@code claims/} tree parse must write for it ({@code expected/}).
 * Also checks that a second parse changes nothing and that CRLF input gives the same claims.
 * Run with {@code -Devident.golden.update=true} to rewrite expectations, then review the diff.
 */
class GoldenParseTest {
  static final Path ROOT = Path.of("src/test/resources/golden/parse");

  @TempDir
  Path dir;

  static List<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyCaseHasOneInputAndAnExpectedTree() throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.list(ROOT)) {
      for (Path p : s.sorted().toList()) {
        if (!Files.isDirectory(p)) {
          problems.add("stray file " + p);
          continue;
        }
        if (inputs(p).size() != 1) {
          problems.add(p + ": needs exactly one input.* file, has " + inputs(p));
        }
        if (!Files.isDirectory(p.resolve("expected/claims"))) {
          problems.add(p + ": has no expected/claims folder");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(cases().size() >= 7, "one case per seed kind: " + cases());
  }

  private static List<Path> inputs(Path caseDir) throws IOException {
    try (Stream<Path> s = Files.list(caseDir)) {
      return s.filter(p -> p.getFileName().toString().startsWith("input.")).toList();
    }
  }

  private ClaimSet parse(Path repo, String seedName, byte[] bytes) throws IOException {
    Files.createDirectories(repo.resolve("seeds"));
    Files.write(repo.resolve("seeds").resolve(seedName), bytes);
    new ParseService(new Repository(repo)).run(new ParseService.Request(List.of(), false, false));
    return new Repository(repo).load();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void parseWritesExactlyTheExpectedFiles(String name) throws IOException {
    Path caseDir = ROOT.resolve(name);
    Path input = inputs(caseDir).get(0);
    String seedName = name + input.getFileName().toString().substring("input".length());
    byte[] bytes = Files.readAllBytes(input);
    Path repo = dir.resolve("lf");
    parse(repo, seedName, bytes);
    Map<String, String> actual = tree(repo.resolve("claims"));
    Path expectedDir = caseDir.resolve("expected/claims");
    if (Boolean.getBoolean("evident.golden.update")) {
      rewrite(expectedDir, actual);
    }
    assertEquals(tree(expectedDir), actual, "golden case " + name);

    Map<String, String> before = tree(repo.resolve("claims"));
    new ParseService(new Repository(repo)).run(new ParseService.Request(List.of(), false, false));
    assertEquals(before, tree(repo.resolve("claims")), "second parse changed bytes");

    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!text.contains("\r")) {
      ClaimSet crlf = parse(dir.resolve("crlf"), seedName,
          text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
      ClaimSet lf = new Repository(repo).load();
      assertEquals(essence(lf), essence(crlf), "CRLF input gives other claims");
    }
  }

  /** What must not depend on line endings: ids, statements, quotes, triples, levels, lines. */
  private static List<String> essence(ClaimSet set) {
    List<String> out = new ArrayList<>();
    for (Claim c : set.claims().values()) {
      out.add(c.id() + "|" + c.statement() + "|" + c.quote() + "|" + c.mechanism() + "|"
          + c.evidence() + "|" + c.tags() + "|" + c.locator().line() + "|"
          + c.locator().section());
    }
    return out;
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.exists(root)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        out.put(rel, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void rewrite(Path expectedDir, Map<String, String> files) throws IOException {
    if (Files.exists(expectedDir)) {
      try (Stream<Path> s = Files.walk(expectedDir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path t = expectedDir.resolve(e.getKey());
      Files.createDirectories(t.getParent());
      Files.writeString(t, e.getValue(), StandardCharsets.UTF_8);
    }
    if (files.isEmpty()) {
      fail("nothing parsed");
    }
  }
}
