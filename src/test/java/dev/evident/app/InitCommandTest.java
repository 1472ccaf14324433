package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.cli.CliRunner;
import dev.evident.model.Settings;
import dev.evident.store.Codec;
import dev.evident.store.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code evident init}: the files it writes, and that it overwrites nothing. */
class InitCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesAReviewRepositoryThatLoads() throws Exception {
    CliRunner.Result r = CliRunner.run(dir, "init", "review");
    assertEquals(0, r.code(), r.toString());
    Path root = dir.resolve("review");
    assertTrue(r.out().contains("created review/claims/evident.yaml\n"), r.out());
    assertTrue(Files.isRegularFile(root.resolve("seeds/.gitkeep")));
    assertEquals(Codec.write(Settings.defaults()),
        Files.readString(root.resolve("claims/evident.yaml"), StandardCharsets.UTF_8));
    assertEquals(Settings.defaults(), new Repository(root).load().settings());
    assertTrue(Files.readString(root.resolve(".gitattributes")).contains(
        "claims/**/*.yaml text eol=lf"));
    // both configurations are valid YAML with the expected shape
    Map<?, ?> wf = new Yaml().load(Files.readString(root.resolve(".github/workflows/evident.yml")));
    String steps = String.valueOf(((Map<?, ?>) ((Map<?, ?>) wf.get("jobs")).get("evident"))
        .get("steps"));
    assertTrue(steps.contains("evident diff \"$BASE...$HEAD\" --format markdown"), steps);
    assertTrue(steps.contains("evident lint --format github"), steps);
    Map<?, ?> pc = new Yaml().load(Files.readString(root.resolve(".pre-commit-config.yaml")));
    String hooks = String.valueOf(pc.get("repos"));
    assertTrue(hooks.contains("repo=local"), hooks);
    assertTrue(hooks.contains("entry=evident fmt --check"), hooks);
    assertTrue(hooks.contains("entry=evident lint"), hooks);
    // no lock or temporary file left behind
    assertEquals(Map.of(".gitattributes", 1, ".github/workflows/evident.yml", 1,
        ".pre-commit-config.yaml", 1, "claims/evident.yaml", 1, "seeds/.gitkeep", 1),
        countFiles(root));
  }

  @Test
  void refusesWhenAnyTargetExistsAndWritesNothing() throws Exception {
    Files.writeString(dir.resolve(".gitattributes"), "* text=auto\n");
    Map<String, String> before = CliRunner.snapshot(dir);
    CliRunner.Result r = CliRunner.run(dir, "init");
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(".gitattributes: error: already exists"), r.err());
    assertEquals(before, CliRunner.snapshot(dir));
    assertTrue(!Files.exists(dir.resolve("claims")));
  }

  @Test
  void namesEveryExistingFile() throws Exception {
    Files.createDirectories(dir.resolve("claims"));
    Files.writeString(dir.resolve("claims/evident.yaml"), "version: 1\n");
    Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(dir.resolve("seeds/.gitkeep"), "");
    CliRunner.Result r = CliRunner.run(dir, "init", ".");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("claims/evident.yaml: error: already exists"), r.err());
    assertTrue(r.err().contains("seeds/.gitkeep: error: already exists"), r.err());
    assertTrue(!Files.exists(dir.resolve(".gitattributes")));
  }

  @Test
  void docsShowTheFilesInitWrites() throws Exception {
    String doc = Files.readString(Path.of("docs/ci.md"), StandardCharsets.UTF_8);
    for (String file : new String[] {InitService.WORKFLOW, InitService.PRE_COMMIT}) {
      String body = file.lines().filter(l -> !l.startsWith("#"))
          .collect(java.util.stream.Collectors.joining("\n")).strip();
      assertTrue(doc.contains(body), "docs/ci.md is out of date with:\n" + body);
    }
  }

  private static Map<String, Integer> countFiles(Path root) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    CliRunner.snapshot(root).keySet().forEach(k -> out.put(k, 1));
    return out;
  }
}
