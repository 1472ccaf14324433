package dev.evident.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs evident in-process, through the same factory as main, against a folder. */
public final class CliRunner {
  private CliRunner() {}

  /** Exit code and what was printed. */
  public record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  public static Result run(Path dir, String... args) {
    List<String> all = new ArrayList<>();
    all.add("-C");
    all.add(dir.toString());
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** A new review repository in {@code dir} holding a copy of the project's seeds. */
  public static Path repoWithSeeds(Path dir) {
    try {
      Path seeds = Files.createDirectories(dir.resolve("seeds"));
      try (Stream<Path> s = Files.list(Path.of("seeds"))) {
        for (Path p : s.sorted().toList()) {
          Files.copy(p, seeds.resolve(p.getFileName().toString()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir} mapped to its bytes, for before/after comparisons. */
  public static java.util.Map<String, String> snapshot(Path dir) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (!Files.exists(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'),
            dev.evident.model.Ids.sha256Hex(Files.readAllBytes(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
