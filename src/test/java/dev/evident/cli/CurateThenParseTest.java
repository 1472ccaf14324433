package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Status;
import dev.evident.store.ClaimSet;
import dev.evident.store.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Curating claims that the real extractor made, then parsing again, keeps every decision. */
class CurateThenParseTest {
  @TempDir
  Path dir;

  @Test
  void aReparseWithTheRealExtractorKeepsCuration() {
    CliRunner.repoWithSeeds(dir);
    dev.evident.store.Fixtures.declareVocabulary(dir);
    assertEquals(0, CliRunner.run(dir, "parse", "-q").code());
    ClaimSet parsed = new Repository(dir).load();
    List<String> ids = List.copyOf(parsed.claims().keySet());
    assertTrue(ids.size() >= 4, "the seeds hold claims");
    String a = ids.get(0);
    String b = ids.get(1);
    String c = ids.get(2);
    String d = ids.get(3);
    String[][] steps = {
        {"accept", a, "--by", "Ada", "--reason", "checked"},
        {"reject", b, "--by", "Ada", "--reason", "not a mechanism"},
        {"status", c, "needs-revision", "--by", "Ada"},
        {"tag", "add", "anoikis", "--new", "--description", "detachment death", a, d},
        {"tag", "rm", "ecm", "--where", "tag=ecm and source=" + parsed.claims().get(a).source()},
        {"level", a, "2", "--reason", "human tissue", "--by", "Ada"},
        {"edit", d, "--statement", "An edited statement.", "--object", "an edited object",
            "--note", "n"},
        {"link", a, "supports", d, "--note", "same pathway"},
    };
    for (String[] s : steps) {
      CliRunner.Result r = CliRunner.run(dir, s);
      assertEquals(0, r.code(), () -> String.join(" ", s) + "\n" + r);
    }
    assertEquals(0, CliRunner.run(dir, "fmt", "--check").code(), "curation leaves files canonical");
    ClaimSet curated = new Repository(dir).load();
    Map<String, String> before = CliRunner.snapshot(dir);

    CliRunner.Result again = CliRunner.run(dir, "parse");
    assertEquals(0, again.code(), again::toString);

    assertEquals(before, CliRunner.snapshot(dir), "a re-parse changes no byte");
    assertEquals(curated.claims(), new Repository(dir).load().claims());
    Claim x = curated.claims().get(d);
    assertEquals("An edited statement.", x.statement());
    assertEquals("an edited object", x.mechanism().object());
    assertEquals(Status.ACCEPTED, curated.claims().get(a).status());
    assertEquals(2, curated.claims().get(a).evidence().effectiveLevel());
  }
}
