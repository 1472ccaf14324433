package dev.evident.ingest;

import dev.evident.model.SeedFormat;
import java.util.List;
import java.util.Objects;

/**
 * A seed as evident understands it: the decoded text exactly as in the file (without a BOM),
 * its detected format, its bibliographic record, and the blocks of prose that may hold claims,
 * in document order. {@code escapedBreaks} is true when the text writes line breaks as the two
 * characters backslash and n (an answer held in one YAML string); a sentence never spans one.
 * {@code prose} is the text as a reader sees it, char for char the same length as {@code text}:
 * markup a reader does not see (tags, templates, reference markup) is blank there, so sentences
 * are split and read on {@code prose} while quotes are cut from {@code text} at the same offsets.
 * For a seed without markup it is {@code text} itself.
 */
public record Document(
    String path, String text, String prose, SeedFormat format, Bibliography bibliography,
    List<Block> blocks, boolean escapedBreaks) {
  public Document {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(prose, "prose");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bibliography, "bibliography");
    if (prose.length() != text.length()) {
      throw new IllegalArgumentException("prose and text differ in length");
    }
    blocks = List.copyOf(blocks);
  }

  /** A char of {@link #prose()} that stands for markup a reader does not see: read as nothing. */
  public static final char UNSEEN = '\u0000';

  /** A document whose prose is its text: a seed without markup. */
  public Document(String path, String text, SeedFormat format, Bibliography bibliography,
      List<Block> blocks, boolean escapedBreaks) {
    this(path, text, text, format, bibliography, blocks, escapedBreaks);
  }
}
