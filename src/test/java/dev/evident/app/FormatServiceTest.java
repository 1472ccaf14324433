package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evident.cli.CliRunner;
import dev.evident.model.EvidentException;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatServiceTest {
  @TempDir
  Path dir;

  @Test
  void checkListsAndFmtRewritesNonCanonicalFiles() throws Exception {
    Review.create(dir);
    FormatService fmt = new FormatService(new Repository(dir));
    assertEquals(List.of(), fmt.run(true).files());
    String rel = Review.load(dir).claimFiles().values().iterator().next();
    Path file = dir.resolve(rel);
    String canonical = Files.readString(file);
    Files.writeString(file, "# a comment\n" + canonical.replace("note: \"\"", "note: ''")
        .replace("\n", "\r\n"));
    Files.writeString(dir.resolve(Repository.SETTINGS), "tags:\n- {name: emt, description: EMT}\n");
    Map<String, String> before = CliRunner.snapshot(dir);

    assertEquals(List.of(rel, Repository.SETTINGS), fmt.run(true).files());
    assertEquals(before, CliRunner.snapshot(dir), "--check writes nothing");

    assertEquals(List.of(rel, Repository.SETTINGS), fmt.run(false).files());
    assertEquals(canonical, Files.readString(file));
    assertEquals(List.of(), fmt.run(true).files());
  }

  @Test
  void anInvalidFileStopsFmtBeforeAnyWrite() throws Exception {
    Review.create(dir);
    String rel = Review.load(dir).claimFiles().values().iterator().next();
    Files.writeString(dir.resolve(rel), "id: [unclosed\n");
    Map<String, String> before = CliRunner.snapshot(dir);
    EvidentException e = assertThrows(EvidentException.class,
        () -> new FormatService(new Repository(dir)).run(false));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertEquals(rel, e.diagnostics().get(0).path());
    assertEquals(before, CliRunner.snapshot(dir));
  }
}
