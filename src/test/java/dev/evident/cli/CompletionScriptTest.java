package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.evident.app.Review;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The completion script is valid bash and completes claim ids and tags from the repository. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CompletionScriptTest {
  @TempDir
  Path dir;

  @TempDir
  Path work;

  private Path script;

  @BeforeEach
  void setUp() throws IOException {
    Review.create(dir);
    CliRunner.Result r = CliRunner.run(dir, "completion", "bash");
    assertEquals(0, r.code(), r::toString);
    script = Files.writeString(work.resolve("evident.bash"), r.out());
  }

  private static boolean has(String program) {
    for (String p : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(p, program))) {
        return true;
      }
    }
    return false;
  }

  private record Run(int code, String out, String err) {}

  private Run exec(Path cwd, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path out = work.resolve("out");
    Path err = work.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    int code = p.waitFor();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void isValidBash() throws Exception {
    assumeTrue(has("bash"), "bash is not installed");
    Run r = exec(work, "bash", "-n", script.toString());
    assertEquals(0, r.code(), r.err());
  }

  /** zsh is not on CI machines; its script must be the tested bash script behind bashcompinit. */
  @Test
  void zshScriptIsTheBashScriptBehindBashcompinit() {
    CliRunner.Result z = CliRunner.run(dir, "completion", "zsh");
    CliRunner.Result b = CliRunner.run(dir, "completion", "bash");
    assertEquals(0, z.code(), z.err());
    assertTrue(z.out().contains("bashcompinit"), z.out());
    assertTrue(z.out().endsWith(b.out()), "the zsh script must end with the bash script");
  }

  @Test
  void completesCommandsIdsTagsAndFieldsInBash() throws Exception {
    assumeTrue(has("bash"), "bash is not installed");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    List<String> ids = Review.ids(dir);
    String test = """
        evident() { "$EVIDENT_JAVA" -cp "$EVIDENT_CP" dev.evident.cli.Main "$@"; }
        source "$1"
        complete_words() {
          COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=()
          _complete_evident
          printf '%s\\n' "${COMPREPLY[*]}"
        }
        complete_words evident sh
        complete_words evident show ''
        complete_words evident tag add em
        complete_words evident tag add emt ''
        complete_words evident -C "$2" link x supports ''
        complete_words evident list --where sta
        """;
    Path t = Files.writeString(work.resolve("test.sh"), test);
    ProcessBuilder pb = new ProcessBuilder(List.of("bash", t.toString(), script.toString(),
        dir.toString())).directory(dir.toFile());
    pb.environment().put("EVIDENT_JAVA", java);
    pb.environment().put("EVIDENT_CP", cp);
    Path out = work.resolve("out");
    Path err = work.resolve("err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    int code = pb.start().waitFor();
    List<String> lines = new ArrayList<>(Files.readAllLines(out));
    String context = lines + "\n" + Files.readString(err);
    assertEquals(0, code, context);
    assertEquals(6, lines.size(), context);
    assertEquals("show shell", lines.get(0), context);
    assertEquals(String.join(" ", ids), lines.get(1), "ids from the repository: " + context);
    assertEquals("emt", lines.get(2), context);
    assertEquals(String.join(" ", ids), lines.get(3), context);
    assertEquals(String.join(" ", ids), lines.get(4), "-C is honoured: " + context);
    assertEquals("status statement", lines.get(5), context);
  }

  @Test
  void everyIdAndTagParameterGetsADynamicCall() throws IOException {
    String s = Files.readString(script);
    for (String c : List.of("show", "accept", "reject", "status", "level", "edit", "link",
        "unlink", "add", "rm")) {
      assertTrue(s.contains("positionals=$(_evident_dynamic '" + c + "'"), c);
    }
    assertTrue(s.contains("_evident_dynamic 'link' \"${arg_opts}\" \"${flag_opts}\" 0-0:ids "
        + "2-2:ids"), s);
    assertTrue(s.contains("_evident_dynamic 'add' \"${arg_opts}\" \"${flag_opts}\" 0-0:tags "
        + "1-999:ids"), s);
    assertTrue(s.contains("$(_evident_values fields)"), "--where completes fields");
  }
}
