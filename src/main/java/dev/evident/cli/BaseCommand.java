package dev.evident.cli;

import dev.evident.store.Repository;
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

  Repository repo() {
    return root().repository();
  }
}
