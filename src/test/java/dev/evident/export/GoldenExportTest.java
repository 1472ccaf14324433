package dev.evident.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.evident.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code golden/export/CASE/NAME.args} and compares what it prints with
 * {@code NAME.csv} or {@code NAME.md}, byte for byte. With {@code -Dgolden.update=true} it
 * writes the expected files instead (read them before committing).
 */
class GoldenExportTest {
  static final Path ROOT = Path.of("src/test/resources/golden/export");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  record Case(Path dir, String name, List<String> args, Path expected) {
    @Override
    public String toString() {
      return ROOT.relativize(dir) + "/" + name;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (Path dir : list(ROOT)) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Path f : list(dir)) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".args")) {
          continue;
        }
        String name = file.substring(0, file.length() - ".args".length());
        List<String> args = Files.readAllLines(f, StandardCharsets.UTF_8);
        String ext = args.isEmpty() || args.get(0).equals("csv") ? ".csv" : ".md";
        out.add(new Case(dir, name, args, dir.resolve(name + ext)));
      }
    }
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  @Test
  void everyFileIsPaired() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Case> cases = cases();
    for (Path dir : list(ROOT)) {
      if (!Files.isDirectory(dir)) {
        if (!dir.getFileName().toString().equals("README.md")) {
          problems.add(dir + ": not a case folder");
        }
        continue;
      }
      if (!Files.isDirectory(dir.resolve("claims"))) {
        problems.add(dir + ": no claims/ folder");
      }
      boolean any = false;
      for (Path f : list(dir)) {
        String file = f.getFileName().toString();
        if (file.equals("claims") || file.endsWith(".args")) {
          any |= file.endsWith(".args");
          continue;
        }
        if (cases.stream().noneMatch(c -> c.expected().equals(f))) {
          problems.add(f + ": no matching .args file (or the wrong extension for its format)");
        }
      }
      if (!any) {
        problems.add(dir + ": no .args file");
      }
    }
    if (!UPDATE) {
      for (Case c : cases) {
        if (!Files.isRegularFile(c.expected())) {
          problems.add(c.dir().resolve(c.name() + ".args") + ": no expected output "
              + c.expected().getFileName());
        }
      }
    }
    assertTrue(!cases.isEmpty(), "no golden cases under " + ROOT);
    assertEquals(List.of(), problems);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectedOutput(Case c, @TempDir Path tmp) throws IOException {
    String actual = run(c.dir(), c.args());
    if (UPDATE) {
      Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.isRegularFile(c.expected())) {
      fail(c.expected() + " is missing; run with -Dgolden.update=true to create it");
    }
    String expected = Files.readString(c.expected(), StandardCharsets.UTF_8);
    assertEquals(expected, actual, c.toString());
    assertEquals(expected, run(c.dir(), c.args()), "second run differs: " + c);

    // the same claims with CRLF line endings export the same bytes
    Path crlf = copy(c.dir().resolve("claims"), tmp.resolve("crlf/claims"), true);
    assertEquals(expected, run(crlf.getParent(), c.args()), "CRLF claim files: " + c);

    // -o writes exactly what standard output shows
    List<String> withOutput = new ArrayList<>(c.args());
    withOutput.add("-o");
    withOutput.add("out" + c.expected().getFileName().toString()
        .substring(c.expected().getFileName().toString().lastIndexOf('.')));
    CliRunner.Result r = CliRunner.run(crlf.getParent(),
        prepend("export", withOutput).toArray(String[]::new));
    assertEquals(0, r.code(), r.toString());
    assertEquals(expected, Files.readString(crlf.getParent().resolve(
        withOutput.get(withOutput.size() - 1)), StandardCharsets.UTF_8));
  }

  private static String run(Path dir, List<String> args) {
    CliRunner.Result r = CliRunner.run(dir, prepend("export", args).toArray(String[]::new));
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
    return r.out();
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static Path copy(Path from, Path to, boolean crlf) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          Files.writeString(target, crlf ? text.replace("\r\n", "\n").replace("\n", "\r\n")
              : text, StandardCharsets.UTF_8);
        }
      }
    }
    return to;
  }
}
