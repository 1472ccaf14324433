package dev.evident.check;

/**
 * A seed as lint sees it: its path, the sha256 of its bytes and its decoded text, or why it
 * could not be had ({@code problem} non-null, {@code text} null).
 */
public record SeedText(String path, String sha256, String text, String problem) {
  public static SeedText missing(String path, String problem) {
    return new SeedText(path, null, null, problem);
  }
}
