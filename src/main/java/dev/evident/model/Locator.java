package dev.evident.model;

/**
 * Where a quote sits in its seed. {@code start} and {@code end} count Unicode code points from
 * the start of the decoded seed text (a byte-order mark is not counted; CR LF counts as two).
 * {@code line} and {@code column} are 1-based and locate {@code start}.
 */
public record Locator(String section, int start, int end, int line, int column) {
  public Locator {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("locator offsets must satisfy 0 <= start <= end");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("locator line and column start at 1");
    }
  }
}
