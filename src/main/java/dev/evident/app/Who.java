package dev.evident.app;

import dev.evident.model.EvidentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Who is curating: an explicit {@code --by}, else {@code git config user.name} in the
 * repository, else {@code $USER}. Recorded in decisions and level overrides.
 */
public final class Who {
  private static final long GIT_TIMEOUT_SECONDS = 10;

  private final Path root;
  private final Function<String, String> env;

  public Who(Path root) {
    this(root, System::getenv);
  }

  /** With an environment lookup, so tests do not depend on the machine's user. */
  public Who(Path root, Function<String, String> env) {
    this.root = root;
    this.env = env;
  }

  /**
   * The curator's name.
   *
   * @param by the name given on the command line, or null
   * @throws EvidentException USAGE when no name can be found
   */
  public String resolve(String by) {
    if (by != null) {
      String b = by.strip();
      if (b.isEmpty() || b.contains("\n") || b.contains("\r")) {
        throw EvidentException.usage("--by needs a name on one line");
      }
      return b;
    }
    String git = gitUserName();
    if (git != null) {
      return git;
    }
    String user = env.apply("USER");
    if (user == null || user.isBlank()) {
      user = env.apply("USERNAME");
    }
    if (user != null && !user.isBlank()) {
      return user.strip();
    }
    throw EvidentException.usage("cannot tell who is curating: set 'git config user.name', "
        + "or pass --by NAME");
  }

  /** {@code git -C root config user.name}, or null when git is missing or the name unset. */
  String gitUserName() {
    ProcessBuilder pb = new ProcessBuilder(List.of("git", "-C", root.toString(), "config",
        "user.name"));
    pb.redirectErrorStream(false);
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = readAll(p.getInputStream());
      if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      if (p.exitValue() != 0) {
        return null;
      }
      String name = new String(out, StandardCharsets.UTF_8).strip();
      return name.isEmpty() || name.contains("\n") ? null : name;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    return buf.toByteArray();
  }
}
