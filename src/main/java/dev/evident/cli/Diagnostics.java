package dev.evident.cli;

import dev.evident.model.Safe;
import dev.evident.model.Diagnostic;
import java.io.PrintWriter;

/** Prints diagnostics the way compilers do: location, message, then the line and a caret. */
final class Diagnostics {
  private Diagnostics() {}

  static void print(PrintWriter err, Diagnostic d) {
    err.println(Safe.line(d.format()));
    if (d.context() != null && d.line() > 0) {
      String ctx = Safe.line(d.context());
      err.println("  " + ctx);
      if (d.column() > 0) {
        int col = Math.min(d.column() - 1, ctx.length());
        StringBuilder caret = new StringBuilder("  ");
        for (int i = 0; i < col; i++) {
          caret.append(ctx.charAt(i) == '\t' ? '\t' : ' ');
        }
        err.println(caret.append('^'));
      }
    }
  }
}
