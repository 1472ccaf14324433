package dev.evident.diff;

import dev.evident.model.Claim;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.PublicationType;
import dev.evident.model.Relation;
import dev.evident.model.SeedFormat;
import dev.evident.model.SeedRef;
import dev.evident.model.Source;
import dev.evident.store.ClaimSet;
import dev.evident.store.Codec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real git repository in a temporary folder, with claim files written by the codec. */
final class GitRepo {
  final Path dir;

  private GitRepo(Path dir) {
    this.dir = dir;
  }

  static GitRepo init(Path dir) {
    GitRepo r = new GitRepo(dir);
    r.git("init", "-q");
    r.git("config", "core.autocrlf", "false");
    return r;
  }

  static Source source(String id, String title) {
    return new Source(id, new SeedRef("seeds/" + id + ".txt", "0".repeat(64),
        SeedFormat.PLAIN_TEXT), title, List.of("Chen R", "Li X", "Wang Y"), "Mol Cell Biochem",
        2025, null, "10.1007/s11010-024-05175-x", null, null, null, List.of(),
        PublicationType.REVIEW, true, List.of());
  }

  static Claim claim(String id, String source, String statement, String subject,
      Relation relation, String object) {
    return Claim.extracted(id, source, statement, statement + " [4]",
        new Locator("Abstract", 10, 10 + statement.length(), 3, 1),
        new Mechanism(subject, relation, object, relation.direction(), false, false),
        new Evidence(4, Design.REVIEW_CITED, "ECO:0000304",
            "review statement with its own citation", null),
        List.of("angiogenesis", "microenvironment"));
  }

  GitRepo write(Claim c) {
    return write(ClaimSet.claimPath(c.source(), c.id()), Codec.write(c));
  }

  GitRepo write(Source s) {
    return write(ClaimSet.sourcePath(s.id()), Codec.write(s));
  }

  GitRepo write(String rel, String text) {
    try {
      Path p = dir.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String rel) {
    try {
      return Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitRepo delete(String rel) {
    try {
      Files.delete(dir.resolve(rel));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GitRepo commit(String message) {
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit",
        "-q", "--allow-empty", "-m", message);
    return this;
  }

  String git(String... args) {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
