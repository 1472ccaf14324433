package dev.evident.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A JLine terminal on in-process pipes: the test types into {@link #type}, the program's
 * screen collects in {@link #screen}, and {@link #idle} counts the times the program waits
 * for input, so a test can wait until a key has been fully handled before looking at files.
 */
public final class PipedTerminal implements AutoCloseable {
  final Terminal terminal;

  public Terminal terminal() {
    return terminal;
  }

  private final PipedOutputStream keys;
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  final Semaphore idle = new Semaphore(0);

  /** The "exec" provider gives a terminal whose line discipline runs in Java, so Ctrl-C
   * typed into the pipe raises INT as a key press on a real terminal would; the default
   * provider opens a pseudo-terminal, where the signal goes to no process. */
  public PipedTerminal(String type) {
    try {
      keys = new PipedOutputStream();
      PipedInputStream in = new PipedInputStream(keys, 1 << 16);
      terminal = TerminalBuilder.builder().system(false).provider("exec").streams(in, screen)
          .type(type)
          .size(new Size(100, 40)).encoding(StandardCharsets.UTF_8).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private volatile int mark;

  /** Types {@code text} and waits until the program waits for input again. */
  public void type(String text) throws InterruptedException {
    mark = screen.size();
    try {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    idle.acquire();
  }

  /**
   * Waits until the screen shows {@code text} after what it showed when the last key was
   * typed. The terminal passes output on asynchronously, so the idle signal can come first.
   * Bounded by the test's @Timeout.
   */
  public String await(String text) throws InterruptedException {
    while (true) {
      String s = screenSince(mark);
      if (s.contains(text)) {
        return s;
      }
      Thread.sleep(5);
    }
  }

  private String screenSince(int from) {
    byte[] all = screen.toByteArray();
    return strip(new String(all, Math.min(from, all.length), all.length - Math.min(from,
        all.length), StandardCharsets.UTF_8));
  }

  /** Types a key that opens a prompt, and waits for the prompt. */
  public void ask(String key, String prompt) throws InterruptedException {
    send(key);
    await(prompt);
  }

  /** Types without waiting (for the key that ends the program). */
  public void send(String text) {
    mark = screen.size();
    try {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Closes the input, as when the user's stdin ends. */
  public void endInput() throws IOException {
    keys.close();
  }

  /** Everything drawn so far, escape sequences removed. */
  public String screen() {
    return strip(new String(screen.toByteArray(), StandardCharsets.UTF_8));
  }

  private static String strip(String s) {
    return s.replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001B[()][0-9A-Z]", "");
  }

  public String raw() {
    return new String(screen.toByteArray(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    keys.close();
    terminal.close();
  }
}
