package dev.evident.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: UTF-8 streams whatever the platform default, then the exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code;
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // CI loops call --version to check the tool is there: answer it without building the
      // command tree (picocli reflects over every subcommand first), the same text as picocli.
      code = Cli.printVersion(out);
    } else {
      code = Cli.run(args, out, err);
    }
    System.exit(code);
  }
}
