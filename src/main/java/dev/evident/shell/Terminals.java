package dev.evident.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * Whether evident runs on a terminal, and the JLine terminal to use when it does. JLine logs
 * "Unable to create a system terminal" through java.util.logging when it falls back to a dumb
 * terminal; evident decides about terminals itself, so that logger is silenced.
 */
public final class Terminals {
  /** Held here because java.util.logging keeps loggers only weakly; a lost level comes back. */
  private static final Logger JLINE = Logger.getLogger("org.jline");

  private Terminals() {}

  /** Silences JLine's own logging; idempotent. */
  public static void quiet() {
    JLINE.setLevel(Level.OFF);
  }

  /**
   * True when standard input and output are a terminal and TERM names a real one (not unset,
   * empty or {@code dumb}, as in CI and under editors).
   */
  public static boolean interactive(Function<String, String> env) {
    String term = env.apply("TERM");
    return System.console() != null && term != null && !term.isBlank()
        && !term.equals("dumb");
  }

  /** The process's terminal. Call only when {@link #interactive} is true. */
  public static Terminal system() {
    quiet();
    try {
      return TerminalBuilder.builder().name("evident").system(true).dumb(true)
          .encoding(StandardCharsets.UTF_8).nativeSignals(true).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Colours only on a terminal that has them, and never when NO_COLOR is set (no-color.org). */
  public static boolean color(Terminal terminal, Function<String, String> env) {
    String noColor = env.apply("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    if (Terminal.TYPE_DUMB.equals(terminal.getType())
        || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
      return false;
    }
    Integer colors = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
    return colors != null && colors >= 8;
  }

  /** The width to wrap text to: the terminal's, or 80 when it does not know. */
  public static int width(Terminal terminal) {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : w;
  }
}
