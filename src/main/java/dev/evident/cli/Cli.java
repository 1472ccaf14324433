package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Builds the command line that {@link Main}, the shell and the tests all use, with the one
 * place where exceptions become messages and exit codes.
 */
public final class Cli {
  private Cli() {}

  public static CommandLine create(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new EvidentCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(Cli::handleExecution);
    cl.setParameterExceptionHandler(Cli::handleParameter);
    cl.setExitCodeExceptionMapper(Cli::exitCodeOf);
    return cl;
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = create(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Prints what {@code evident --version} prints; used by {@link Main}'s fast path. */
  static int printVersion(PrintWriter out) {
    try {
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCodes.OK;
    } catch (java.io.IOException e) {
      return run(new String[] {"--version"}, out, new PrintWriter(java.io.Writer.nullWriter()));
    }
  }

  static int exitCodeOf(Throwable t) {
    if (t instanceof EvidentException e) {
      return switch (e.kind()) {
        case USAGE -> ExitCodes.USAGE;
        case DATA, IO -> ExitCodes.DATA;
      };
    }
    if (t instanceof CommandLine.ParameterException) {
      return ExitCodes.USAGE;
    }
    return ExitCodes.INTERNAL;
  }

  private static int handleExecution(Exception ex, CommandLine cl,
      CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (ex instanceof EvidentException e) {
      report(err, e);
    } else if (ex instanceof CommandLine.ParameterException pe) {
      return handleParameter(pe, new String[0]);
    } else {
      boolean debug = System.getenv("EVIDENT_DEBUG") != null;
      // the user sees what went wrong in words; the exception's class and stack trace are for
      // a bug report, with EVIDENT_DEBUG=1
      String what = ex.getMessage() == null || ex.getMessage().isBlank()
          ? "an unexpected failure" : ex.getMessage();
      err.println("evident: internal error: " + Safe.line(debug ? String.valueOf(ex) : what));
      if (debug) {
        ex.printStackTrace(err);
      } else {
        err.println("This is a bug in evident. Run again with EVIDENT_DEBUG=1 for details, "
            + "and please report it.");
      }
    }
    err.flush();
    return exitCodeOf(ex);
  }

  static void report(PrintWriter err, EvidentException e) {
    List<Diagnostic> ds = e.diagnostics();
    if (ds.isEmpty()) {
      String m = e.getMessage();
      err.println(Safe.text(m.contains(": error: ") || m.startsWith("evident:") ? m
          : "evident: error: " + m));
    } else {
      for (Diagnostic d : ds) {
        Diagnostics.print(err, d);
      }
      if (ds.size() > 1 || !ds.get(0).format().equals(e.getMessage())) {
        err.println("evident: " + Safe.line(e.getMessage()));
      }
    }
  }

  private static int handleParameter(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("evident: error: " + Safe.line(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
