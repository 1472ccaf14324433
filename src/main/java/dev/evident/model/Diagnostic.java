package dev.evident.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem found at a place in a file. {@code line} and {@code column} are 1-based, or 0 when
 * the problem concerns the whole file. {@code code} is a stable rule code (may be null for
 * plain read errors). {@code context} is the offending source line, for a caret display.
 */
public record Diagnostic(
    String path, int line, int column, Severity severity, String code, String message,
    String context) {

  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(d -> d.code() == null ? "" : d.code())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, null, message, null);
  }

  public Diagnostic withContext(String sourceLine) {
    return new Diagnostic(path, line, column, severity, code, message, sourceLine);
  }

  /** {@code path:line:col: error: message}, the form compilers use. */
  public String format() {
    StringBuilder sb = new StringBuilder(path);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ").append(severity.wire()).append(": ").append(message);
    if (code != null) {
      sb.append(" [").append(code).append(']');
    }
    return sb.toString();
  }
}
