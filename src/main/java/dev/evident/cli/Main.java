package dev.evident.cli;

import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: UTF-8 streams whatever the platform default, then the exit code. */
public final class Main {
  private Main() {}

  /** Standard output that remembers why a write failed; PrintWriter only keeps a flag. */
  static final class Watched extends FilterOutputStream {
    IOException failure;

    Watched(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }
  }

  /**
   * The exit code once output is written: a command whose standard output could not be
   * written (a full disk, a closed descriptor) failed, whatever it did, unless the reader went
   * away (a broken pipe, as with {@code evident list | head -1}), which is the reader's choice.
   */
  static int settle(int code, Watched stdout, PrintWriter out, PrintWriter err) {
    out.flush();
    IOException f = stdout.failure;
    if (f == null || brokenPipe(f)) {
      return code;
    }
    err.println("evident: error: cannot write to standard output (" + f.getMessage()
        + "); the output is lost");
    err.flush();
    return code == ExitCodes.OK || code == ExitCodes.FINDINGS ? ExitCodes.DATA : code;
  }

  static boolean brokenPipe(IOException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("broken pipe") || m.contains("stream closed");
  }

  public static void main(String[] args) {
    Watched stdout = new Watched(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8),
        false);
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
    System.exit(settle(code, stdout, out, err));
  }
}
