package dev.evident.ingest;

import java.util.Objects;

/**
 * A run of prose in a seed that may hold claims: a paragraph, a list item's text, an answer.
 * {@code start} and {@code end} are Java char offsets into {@link Document#text()}; the block
 * never includes list markers, heading lead-ins ("**Title**:") or markup around it. Inside a
 * block, a line break is a space, unless the document uses literal escape sequences as breaks
 * (see {@link Document#escapedBreaks()}).
 */
public record Block(String section, BlockKind kind, int start, int end) {
  public Block {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("block offsets " + start + ".." + end);
    }
  }
}
