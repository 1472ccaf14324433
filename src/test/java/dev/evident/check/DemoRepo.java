package dev.evident.check;

import java.nio.file.Path;

/** Writes the conflict fixture to a folder, to try the commands by hand. Not a test. */
public final class DemoRepo {
  private DemoRepo() {}

  public static void main(String[] args) {
    ReviewBuilder.conflicts().write(Path.of(args[0]));
    System.out.println("wrote " + args[0]);
  }
}
