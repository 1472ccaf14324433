package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evident.export.CsvColumn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private static final Path SAMPLE = Path.of("src/test/resources/golden/export/sample");

  @TempDir
  Path repo;

  @BeforeEach
  void copySample() throws IOException {
    try (Stream<Path> s = Files.walk(SAMPLE.resolve("claims"))) {
      for (Path p : s.sorted().toList()) {
        Path t = repo.resolve(SAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  @Test
  void csvToStandardOutput() {
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "--columns", "id,level",
        "--where", "status = accepted");
    assertEquals(0, r.code(), r.toString());
    assertEquals("\"id\",\"level\"\n\"chen-2025-ecm-1a2b3c\",\"5\"\n\"chen-2025-ecm-2b3c4d\",\"3\"\n"
        + "\"qa-diabetes-7a8b9c\",\"6\"\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void excelStartsWithABom() {
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "--excel", "-c", "id");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("\uFEFF\"id\"\r\n"), r.out());
  }

  @Test
  void markdownToAFileReplacesItInOneStep() throws IOException {
    Files.writeString(repo.resolve("review.md"), "old", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run(repo, "export", "markdown", "--quotes", "-o",
        "review.md");
    assertEquals(0, r.code(), r.toString());
    assertEquals("exported 7 claims to review.md\n", r.out());
    String md = Files.readString(repo.resolve("review.md"), StandardCharsets.UTF_8);
    assertTrue(md.startsWith("# Evidence review\n\n7 claims from 3 sources."), md);
    assertEquals(CliRunner.run(repo, "export", "md", "--quotes").out(), md);
    try (Stream<Path> s = Files.list(repo)) {
      assertEquals(1, s.filter(p -> p.getFileName().toString().startsWith(".evident-")
          || p.getFileName().toString().equals("review.md")).count(), "no temp file left");
    }
    if (Files.getFileStore(repo).supportsFileAttributeView("posix")) {
      assertEquals("rw-r--r--", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(repo.resolve("review.md"))));
    }
  }

  @Test
  void unknownColumnIsAUsageErrorListingTheColumns() {
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "--columns", "id,bogus");
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("--columns: error: unknown column 'bogus'; columns are: "
        + String.join(", ", CsvColumn.names())), r.err());
  }

  @Test
  void helpListsEveryColumn() {
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "--help");
    assertEquals(0, r.code());
    String flat = r.out().replaceAll("\\s+", " ");
    for (String name : CsvColumn.names()) {
      assertTrue(flat.contains(" " + name + ",") || flat.contains(" " + name + "."),
          name + " missing from help:\n" + r.out());
    }
  }

  @Test
  void badWhereIsAUsageErrorWithACaret() throws IOException {
    Files.writeString(repo.resolve("keep.csv"), "old", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "--where", "level = high",
        "-o", "keep.csv");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("--where:1:9: error: 'level' needs a whole number"), r.err());
    assertTrue(r.err().contains("\n          ^\n"), r.err());
    assertEquals("old", Files.readString(repo.resolve("keep.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void badGroupByIsAUsageError() {
    CliRunner.Result r = CliRunner.run(repo, "export", "markdown", "--group-by", "colour");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--group-by"), r.err());
  }

  @Test
  void outputInAMissingFolderIsAUsageError() {
    Map<String, String> before = CliRunner.snapshot(repo);
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "-o", "no/such/dir/x.csv");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("no/such/dir/x.csv: error: folder "), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
    assertEquals(before, CliRunner.snapshot(repo));
  }

  @Test
  void outputThatIsAFolderIsAUsageError() {
    CliRunner.Result r = CliRunner.run(repo, "export", "markdown", "-o", ".");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(".: error: is a folder"), r.err());
  }

  @Test
  void unwritableOutputIsExit3AndLeavesNothing() {
    // nothing, not even root, can create a file in /proc/self
    assumeTrue(Files.isDirectory(Path.of("/proc/self")));
    CliRunner.Result r = CliRunner.run(repo, "export", "csv", "-o", "/proc/self/export.csv");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().startsWith("/proc/self/export.csv: error: cannot create a temporary file in "
        + "/proc/self ("), r.err());
    assertTrue(r.err().contains("the file was not changed"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void invalidClaimFileIsExit3() throws IOException {
    Files.writeString(repo.resolve("claims/qa-diabetes/broken.yaml"), "id: [\n",
        StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run(repo, "export", "csv");
    assertEquals(3, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("claims/qa-diabetes/broken.yaml"), r.err());
  }

  @Test
  void noClaimsFolderIsAUsageError(@TempDir Path empty) {
    CliRunner.Result r = CliRunner.run(empty, "export", "markdown");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("evident: error: not an evident repository: no claims/"), r.err());
  }

  @Test
  void exportWithoutAFormatIsAUsageError() {
    CliRunner.Result r = CliRunner.run(repo, "export");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("missing subcommand"), r.err());
    assertEquals("", r.out());
  }
}
