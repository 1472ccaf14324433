package dev.evident.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The fast path for --version prints exactly what picocli prints. */
class VersionTest {
  @Test
  void fastPathAndPicocliAgree() {
    StringWriter fast = new StringWriter();
    assertEquals(0, Cli.printVersion(new PrintWriter(fast)));
    CliRunner.Result full = CliRunner.run(Path.of("."), "--version");
    assertEquals(0, full.code());
    assertEquals(full.out(), fast.toString());
    assertEquals(true, fast.toString().matches("evident \\d+\\.\\d+\\.\\d+\\R"), fast.toString());
  }
}
