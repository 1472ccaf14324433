package dev.evident.cli;

import picocli.CommandLine.Option;

/** Options every export format shares: which claims, and where the output goes. */
final class ExportOptions {
  @Option(names = {"-w", "--where"}, paramLabel = "EXPR",
      description = "Export only the claims that match EXPR, e.g. \"status = accepted and "
          + "level <= 3\" (the query language of evident list).")
  String where;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (relative to the repository, like -C) instead of standard "
          + "output. The file is replaced in one step: a failed export leaves it as it was.")
  String output;
}
