package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids, file names and links that could make evident read or write outside claims/. */
class RepositorySafetyTest {
  @TempDir
  Path dir;

  @TempDir
  Path outside;

  static String source(String id, String seed) {
    return """
        id: %s
        seed:
          file: %s
          sha256: abc
          format: pubmed-page
        title: "Mechanisms: a review"
        authors: []
        journal: null
        year: 2025
        date: null
        doi: null
        pmid: null
        pmcid: null
        url: null
        keywords: []
        publication_type: review
        peer_reviewed: true
        entities: []
        """.formatted(id, seed);
  }

  private void write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private List<String> problems() {
    return new Repository(dir).scan().problems().stream().map(d -> plain(d.format())).toList();
  }

  /** A diagnostic without its trailing problem code, which other tests pin. */
  static String plain(String formatted) {
    return formatted.replaceFirst(" \\[EV\\d+\\]$", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "../../etc/passwd", "/abs", "/", "a/b", "a\\b", ".", "..",
      "", " ", "CON", "con", "nul", "Nul", "aux", "com1", "lpt9", "prn", "x.", "x ", " x", ".git",
      ".GIT", ".Git", "git.", "Chen", "ABC", "caf\u00e9", "cafe\u0301", "a--b", "-a", "a-",
      "a_b", "a.b", "a:b", "c:", "a\u0000b", "a\u001b[31mb", "a\u202eb", "a\nb", "\u0430bc",
      "source", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" // 73 + 8 = 81 chars, one over
          + "xxxxxxxx"})
  void hostileIdsAreRefused(String id) {
    assertTrue(Ids.problem(id) != null, "accepted: " + id);
    assertThrows(EvidentException.class, () -> ClaimSet.claimPath("s", id));
    assertThrows(EvidentException.class, () -> ClaimSet.claimPath(id, "s-abcdef"));
    assertThrows(EvidentException.class, () -> ClaimSet.sourcePath(id));
  }

  @Test
  void validIdsAreLowerCaseSoNoTwoDifferOnlyByCase() {
    assertTrue(Ids.isValid("chen-2025"));
    assertFalse(Ids.isValid("Chen-2025"));
    assertEquals(Ids.slug("CHEN R\u00c9SUM\u00c9"), Ids.slug("chen r\u00e9sum\u00e9"));
    // NFC and NFD spellings of the same word give the same slug: no two look-alike folders
    assertEquals(Ids.slug("caf\u00e9"), Ids.slug("cafe\u0301"));
  }

  @Test
  void sourceIdThatClimbsOutOfClaimsIsRefused() throws IOException {
    write("claims/x/source.yaml", source("../../outside", "seeds/a.txt"));
    assertEquals(List.of("claims/x/source.yaml:1:1: error: invalid source id '../../outside': "
        + "id may hold only a-z, 0-9 and single inner hyphens"), problems());
  }

  @Test
  void sourceIdThatDoesNotMatchItsFolderIsRefused() throws IOException {
    write("claims/x/source.yaml", source("y", "seeds/a.txt"));
    assertEquals(List.of("claims/x/source.yaml:1:1: error: source id 'y' does not match its "
        + "folder 'x'"), problems());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secret.txt", "/etc/passwd", "seeds/../../x", "C:/x", "seeds//a",
      "./seeds/a.txt"})
  void seedPathOutsideTheRepositoryIsRefused(String seed) throws IOException {
    write("claims/x/source.yaml", source("x", "\"" + seed + "\""));
    List<String> p = problems();
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("is not a relative path inside the repository"), p.get(0));
  }

  @Test
  void claimWhoseSourceIsNotAnIdIsRefused() throws IOException {
    Claim c = Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis.");
    write("claims/s/s-abcdef.yaml", Codec.write(c).replace("source: chen-2025-breast",
        "source: ../../x"));
    assertEquals(List.of("claims/s/s-abcdef.yaml:1:1: error: invalid source id '../../x': id "
        + "may hold only a-z, 0-9 and single inner hyphens"), problems());
  }

  @Test
  void claimIdWithAnEscapeSequenceIsRefused() throws IOException {
    Claim c = Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis.");
    write("claims/s/s-abcdef.yaml", Codec.write(c).replace("id: s-abcdef",
        "id: \"s-\\e[31mred\""));
    List<String> p = problems();
    assertEquals(1, p.size());
    assertTrue(p.get(0).startsWith("claims/s/s-abcdef.yaml:1:1: error: invalid claim id 's-\u001b"
        + "[31mred'"), p.get(0));
  }

  @Test
  void claimsFolderThatIsASymlinkOutsideIsRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("claims"), outside);
    Repository repo = new Repository(dir);
    EvidentException e = assertThrows(EvidentException.class, repo::scan);
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertTrue(e.getMessage().startsWith("claims: error: is a symbolic link to "), e.getMessage());
    WritePlan plan = new WritePlan();
    plan.put(repo.path("claims/s/s-abcdef.yaml"), "x\n");
    assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals(List.of(), CliSnapshot.files(outside));
  }

  @Test
  void claimsFolderThatIsASymlinkInsideTheRepositoryIsAllowed() throws IOException {
    Files.createDirectories(dir.resolve("data/claims"));
    Files.createSymbolicLink(dir.resolve("claims"), dir.resolve("data/claims"));
    Repository repo = new Repository(dir);
    WritePlan plan = new WritePlan();
    plan.put(repo.path("claims/s/s-abcdef.yaml"), "x\n");
    repo.write(plan);
    assertEquals("x\n", Files.readString(dir.resolve("data/claims/s/s-abcdef.yaml")));
  }

  @Test
  void claimsThatIsARegularFileIsRefusedAndKept() throws IOException {
    Files.writeString(dir.resolve("claims"), "not a folder");
    Repository repo = new Repository(dir);
    EvidentException e = assertThrows(EvidentException.class, repo::scan);
    assertEquals("claims: error: is not a folder", e.getMessage());
    WritePlan plan = new WritePlan();
    plan.put(repo.path("claims/s/s-abcdef.yaml"), "x\n");
    assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals("not a folder", Files.readString(dir.resolve("claims")));
  }

  @Test
  void sourceFolderThatIsASymlinkIsReportedAndNeverWrittenThrough() throws IOException {
    Files.createDirectories(dir.resolve("claims"));
    Files.createSymbolicLink(dir.resolve("claims/s"), outside);
    assertEquals(List.of("claims/s: error: is a symbolic link; evident does not follow links "
        + "inside claims/ (replace it with a real folder)"), problems());
    Repository repo = new Repository(dir);
    WritePlan plan = new WritePlan();
    plan.put(repo.path("claims/s/s-abcdef.yaml"), "x\n");
    EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertEquals("claims/s/s-abcdef.yaml: error: claims/s is a symbolic link; evident does not "
        + "write through links; nothing was changed", e.getMessage());
    assertEquals(List.of(), CliSnapshot.files(outside));
  }

  @Test
  void claimFileThatIsASymlinkIsReportedAndNeverReplaced() throws IOException {
    Path target = outside.resolve("target.yaml");
    Files.writeString(target, "outside\n");
    Files.createDirectories(dir.resolve("claims/s"));
    Files.createSymbolicLink(dir.resolve("claims/s/s-abcdef.yaml"), target);
    assertEquals(List.of("claims/s/s-abcdef.yaml: error: is a symbolic link; evident does not "
        + "follow links inside claims/ (replace it with the file itself)"), problems());
    Repository repo = new Repository(dir);
    WritePlan plan = new WritePlan();
    plan.put(repo.path("claims/s/s-abcdef.yaml"), "x\n");
    assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals("outside\n", Files.readString(target));
    assertTrue(Files.isSymbolicLink(dir.resolve("claims/s/s-abcdef.yaml")));
  }

  @Test
  void aWriteTargetOutsideTheRepositoryIsRefusedWhateverBuiltIt() throws IOException {
    Repository repo = new Repository(dir);
    for (Path p : List.of(dir.resolve("claims/../../evil.yaml"), outside.resolve("x.yaml"),
        dir, dir.resolve("claims"))) {
      WritePlan plan = new WritePlan();
      plan.put(p, "x\n");
      EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan));
      assertTrue(e.getMessage().contains("is outside the repository"), e.getMessage());
    }
    assertEquals(List.of(), CliSnapshot.files(outside));
    assertFalse(Files.exists(dir.getParent().resolve("evil.yaml")));
  }

  @Test
  void aWriteThroughALinkedFolderOutsideClaimsIsRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("docs"), outside);
    Repository repo = new Repository(dir);
    WritePlan plan = new WritePlan();
    plan.put(repo.path("docs/x.md"), "x\n");
    EvidentException e = assertThrows(EvidentException.class, () -> repo.write(plan));
    assertEquals("docs/x.md: error: docs is a symbolic link; evident does not write through "
        + "links; nothing was changed", e.getMessage());
    assertEquals(List.of(), CliSnapshot.files(outside));
  }

  @Test
  void safeRelativePaths() {
    assertTrue(Repository.safeRelative("seeds/a.txt"));
    assertTrue(Repository.safeRelative("seeds/sub/caf\u00e9.md"));
    assertNull(List.of("..", "a/../b", "/a", "a\\b", "C:x", "", "a//b").stream()
        .filter(Repository::safeRelative).findFirst().orElse(null));
  }

  /** Lists files below a folder, for "nothing was written there" checks. */
  static final class CliSnapshot {
    static List<String> files(Path root) throws IOException {
      try (var s = Files.walk(root)) {
        return s.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString()).sorted()
            .toList();
      }
    }
  }
}
