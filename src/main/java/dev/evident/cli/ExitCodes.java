package dev.evident.cli;

/** The process exit codes evident documents in every command's help. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int DATA = 3;
  public static final int INTERNAL = 4;

  static final String[] HELP_LIST = {
      "0:ok",
      "1:findings (lint errors, changes with --exit-code, files not canonical with --check)",
      "2:usage error (bad option, unknown id, missing folder)",
      "3:bad input data or unusable files (unreadable seed, invalid claim file, claims/ not "
          + "writable, lock held)",
      "4:internal error (a bug: please report it)"};

  private ExitCodes() {}
}
