package dev.evident.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line splitting keeps offsets into the original text for LF, CR LF and lone CR alike. */
class TextLinesTest {

  @Test
  void allLineBreaksEndALine() {
    String text = "one\r\ntwo\rthree\nfour";
    TextLines lines = new TextLines(text);
    assertEquals(List.of("one", "two", "three", "four"),
        lines.lines().stream().map(TextLines.Line::text).toList());
    assertEquals(5, lines.get(1).start());
    assertEquals(9, lines.get(2).start());
    assertEquals("three", text.substring(lines.get(2).start(), lines.get(2).end()));
    assertEquals(4, lines.get(3).number());
    assertArrayEquals(new int[] {3, 2}, lines.position(10));
  }

  @Test
  void contentOffsetsSkipNbspAndSpaces() {
    TextLines lines = new TextLines(" \u00A0Rui Chen\u00A0 \n");
    assertEquals(1, lines.size());
    assertEquals(2, lines.get(0).contentStart());
    assertEquals(10, lines.get(0).contentEnd());
    assertEquals("Rui Chen", lines.get(0).trimmed());
  }

  @Test
  void wordsAndCollapse() {
    assertEquals(3, TextLines.words("EVs drive metastasis [1]"));
    assertEquals("a b c", TextLines.collapse("  a\r\n b\u00A0\tc "));
  }
}
