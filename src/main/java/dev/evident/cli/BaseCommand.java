package dev.evident.cli;

import dev.evident.model.EvidentException;
import dev.evident.store.Repository;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command needs: its spec, its output streams, and the repository to work on. */
@picocli.CommandLine.Command
abstract class BaseCommand {
  @Spec
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  EvidentCommand root() {
    return (EvidentCommand) spec.root().userObject();
  }

  /**
   * The review repository the command works on. It must hold claims/: a command run in the
   * wrong folder (a hook, a script, a typo in -C) fails with one message everywhere instead of
   * reading nothing as an empty review.
   */
  Repository repo() {
    Repository r = root().repository();
    Path claims = r.path(Repository.CLAIMS);
    if (!Files.exists(claims, LinkOption.NOFOLLOW_LINKS)) {
      throw EvidentException.usage(NOT_A_REVIEW);
    }
    return r;
  }

  /** The message of a folder that is not a review repository. */
  static final String NOT_A_REVIEW =
      "evident: error: not an evident repository: no claims/; run 'evident init' or use -C";

  /** The repository, review or not yet: for parse (which makes claims/), diff and completion. */
  Repository anyRepo() {
    return root().repository();
  }
}
