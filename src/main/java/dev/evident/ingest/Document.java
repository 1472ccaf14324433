package dev.evident.ingest;

import dev.evident.model.SeedFormat;
import java.util.List;
import java.util.Objects;

/**
 * A seed as evident understands it: the decoded text exactly as in the file (without a BOM),
 * its detected format, its bibliographic record, and the blocks of prose that may hold claims,
 * in document order. {@code escapedBreaks} is true when the text writes line breaks as the two
 * characters backslash and n (an answer held in one YAML string); a sentence never spans one.
 */
public record Document(
    String path, String text, SeedFormat format, Bibliography bibliography, List<Block> blocks,
    boolean escapedBreaks) {
  public Document {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bibliography, "bibliography");
    blocks = List.copyOf(blocks);
  }
}
