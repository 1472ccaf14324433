package dev.evident.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.QuoteText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shared checks on documents: block invariants and where a text may or may not appear. */
final class IngestAssertions {
  private IngestAssertions() {}

  static final Path PROJECT = Path.of("").toAbsolutePath();

  static byte[] bytes(String relative) throws IOException {
    return Files.readAllBytes(PROJECT.resolve(relative));
  }

  static Document read(String relative) throws IOException {
    return new Ingester().read(relative, bytes(relative));
  }

  /** Blocks lie within the text, in order, do not overlap, and are trimmed and non-empty. */
  static void assertWellFormed(Document d) {
    int previous = 0;
    for (Block b : d.blocks()) {
      assertTrue(b.start() >= previous, () -> "block out of order or overlapping: " + b);
      assertTrue(b.end() <= d.text().length(), () -> "block beyond the text: " + b);
      assertTrue(b.end() > b.start(), () -> "empty block: " + b);
      String body = d.text().substring(b.start(), b.end());
      assertFalse(Character.isWhitespace(body.charAt(0)), () -> "untrimmed block start: " + b);
      assertFalse(Character.isWhitespace(body.charAt(body.length() - 1)), () -> "untrimmed end: " + b);
      assertFalse(body.isBlank(), () -> "blank block: " + b);
      previous = b.end();
    }
  }

  /** The normalized texts of all blocks, each as one string. */
  static List<String> blockTexts(Document d) {
    List<String> out = new ArrayList<>();
    for (Block b : d.blocks()) {
      out.add(QuoteText.normalize(d.text().substring(b.start(), b.end())));
    }
    return out;
  }

  static boolean inSomeBlock(Document d, String fragment) {
    String needle = QuoteText.normalize(fragment);
    return blockTexts(d).stream().anyMatch(t -> t.contains(needle));
  }

  static void assertInBlocks(Document d, String fragment) {
    assertTrue(inSomeBlock(d, fragment), () -> d.path() + ": not in any block: " + fragment);
  }

  static void assertNotInBlocks(Document d, String fragment) {
    assertFalse(inSomeBlock(d, fragment), () -> d.path() + ": must not be in a block: " + fragment);
  }

  static Block blockWith(Document d, String fragment) {
    String needle = QuoteText.normalize(fragment);
    for (Block b : d.blocks()) {
      if (QuoteText.normalize(d.text().substring(b.start(), b.end())).contains(needle)) {
        return b;
      }
    }
    throw new AssertionError(d.path() + ": no block holds " + fragment);
  }

  static void assertSection(Document d, String fragment, String section, BlockKind kind) {
    Block b = blockWith(d, fragment);
    assertEquals(section, b.section(), () -> "section of block holding " + fragment);
    assertEquals(kind, b.kind(), () -> "kind of block holding " + fragment);
  }
}
