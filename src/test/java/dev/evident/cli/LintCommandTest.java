package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.check.CheckCliFixtures;
import dev.evident.check.ReviewBuilder;
import dev.evident.model.Exemption;
import dev.evident.model.Locator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  static Path clean(Path dir) {
    return CheckCliFixtures.clean().write(dir);
  }

  @Test
  void cleanReviewExitsZero(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run(clean(dir), "lint");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("0 errors, 0 warnings"), r.err());
  }

  @Test
  void errorsExitOneAndPrintPathLineColSeverityCode(@TempDir Path dir) {
    ReviewBuilder b = CheckCliFixtures.clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder().tags(List.of("bogus")).build());
    CliRunner.Result r = CliRunner.run(b.write(dir), "lint");
    assertEquals(1, r.code(), r.toString());
    assertEquals("claims/chen-2025-ecm/chen-2025-ecm-a3.yaml:25:5: error EV301 tag 'bogus' is "
        + "not in the vocabulary; add it to claims/evident.yaml or use one of `evident tags`\n",
        r.out());
  }

  @Test
  void warningsFailOnlyWithStrict(@TempDir Path dir) {
    ReviewBuilder b = CheckCliFixtures.clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder()
        .locator(new Locator("Abstract", 0, 10, 1, 1)).build());
    b.write(dir);
    CliRunner.Result r = CliRunner.run(dir, "lint");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("warning EV203"), r.out());
    assertEquals(1, CliRunner.run(dir, "lint", "--strict").code());
  }

  @Test
  void settingsOverridesAndExemptions(@TempDir Path dir) throws Exception {
    ReviewBuilder b = CheckCliFixtures.clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder()
        .locator(new Locator("Abstract", 0, 10, 1, 1)).build());
    b.write(dir);
    Files.writeString(dir.resolve("claims/evident.yaml"), dev.evident.store.Fixtures.vocabularyYaml() + "lint:\n  rules:\n    EV203: error\n",
        StandardCharsets.UTF_8);
    assertEquals(1, CliRunner.run(dir, "lint").code());
    Files.writeString(dir.resolve("claims/evident.yaml"), dev.evident.store.Fixtures.vocabularyYaml() + "lint:\n  rules:\n    EV203: \"off\"\n",
        StandardCharsets.UTF_8);
    CliRunner.Result off = CliRunner.run(dir, "lint", "--strict");
    assertEquals(0, off.code(), off.toString());
    Files.writeString(dir.resolve("claims/evident.yaml"), dev.evident.store.Fixtures.vocabularyYaml() + "lint:\n  rules:\n    EV203: error\n",
        StandardCharsets.UTF_8);
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder().exempt(List.of(
        new Exemption("EV203", "locator kept on purpose"))).build());
    b.write(dir);
    CliRunner.Result ex = CliRunner.run(dir, "lint", "--strict");
    assertEquals(0, ex.code(), ex.toString());
  }

  @Test
  void explainAndListRules(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run(dir, "lint", "--explain", "ev202");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("EV202 quote-not-found (default: error)\n  "), r.out());
    CliRunner.Result bad = CliRunner.run(dir, "lint", "--explain", "EV999");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("no rule 'EV999'"), bad.err());
    CliRunner.Result list = CliRunner.run(dir, "lint", "--list-rules");
    assertEquals(0, list.code());
    assertTrue(list.out().contains("EV501  contradiction-accepted"), list.out());
  }

  @Test
  void usageErrorsExitTwo(@TempDir Path dir) {
    assertEquals(2, CliRunner.run(clean(dir), "lint", "--format", "xml").code());
    assertEquals(2, CliRunner.run(dir.resolve("seeds"), "lint").code()); // no claims/ there
  }

  @Test
  void unreadableInputExitsThree(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("claims"), "not a folder");
    CliRunner.Result r = CliRunner.run(dir, "lint");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("claims: error: is not a folder"), r.err());
  }

  @Test
  void githubAndSarifFormats(@TempDir Path dir) {
    ReviewBuilder b = CheckCliFixtures.clean();
    b.edit("chen-2025-ecm-a3", c -> c.toBuilder().tags(List.of("bogus")).build());
    b.write(dir);
    CliRunner.Result gh = CliRunner.run(dir, "lint", "--format", "github");
    assertEquals(1, gh.code());
    assertTrue(gh.out().startsWith("::error file=claims/chen-2025-ecm/chen-2025-ecm-a3.yaml,"
        + "line=25,col=5,title=EV301 unknown-tag::tag 'bogus'"), gh.out());
    CliRunner.Result sarif = CliRunner.run(dir, "lint", "--format", "sarif");
    assertEquals(1, sarif.code());
    dev.evident.check.MiniJson.parse(sarif.out());
    assertTrue(sarif.out().contains("\"ruleId\": \"EV301\""), sarif.out());
  }

  @Test
  void conflictsCommandReportsAndExitsOneOnUnresolved(@TempDir Path dir) {
    CheckCliFixtures.conflicts().write(dir);
    CliRunner.Result r = CliRunner.run(dir, "conflicts");
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("contradiction chen-2025-ecm-a1 <-> li-2023-hyp-b1  [unresolved]"),
        r.out());
    assertTrue(r.out().contains("corroboration chen-2025-ecm-a3 <-> feng-2024-epi-c1  [support]"),
        r.out());
    CliRunner.Result md = CliRunner.run(dir, "conflicts", "--format", "markdown");
    assertTrue(md.out().startsWith("## Conflicts\n"), md.out());
    dev.evident.check.MiniJson.parse(CliRunner.run(dir, "conflicts", "--format", "json").out());
    assertEquals(2, CliRunner.run(dir, "conflicts", "--threshold", "2").code());
    CliRunner.Result lint = CliRunner.run(dir, "lint");
    assertEquals(1, lint.code());
    assertTrue(lint.out().contains("error EV501 contradicts li-2023-hyp-b1"), lint.out());
  }

  @Test
  void cleanConflictsExitZero(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run(clean(dir), "conflicts");
    assertEquals(0, r.code(), r.toString());
  }
}
