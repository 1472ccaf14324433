package dev.evident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsTest {

  @Test
  void codePointConversionsAgreeWithTheJdk() {
    Random r = new Random(3);
    String[] pieces = {"a", "é", "\uD83D\uDE00", "\n", "\r\n", " ", "\uD834\uDD1E", "z"};
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.nextInt(40); i++) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      TextIndex idx = new TextIndex(s);
      int cps = s.codePointCount(0, s.length());
      for (int cp = 0; cp <= cps + 2; cp++) {
        int expected = cp <= cps ? s.offsetByCodePoints(0, cp) : -1;
        assertEquals(expected, idx.chars(cp), s + " @" + cp);
      }
      for (int c = 0; c <= s.length(); c++) {
        assertEquals(s.codePointCount(0, c), idx.codePoints(c), s + " @" + c);
      }
      assertEquals(-1, idx.chars(-1));
    }
  }

  @Test
  void mappedNormalizationEqualsNormalizeAndPointsBack() {
    String raw = "  PD-\n  L1 binds\t\tPD-1 \r\n on T  cells. ";
    QuoteText.Mapped m = QuoteText.normalizeMapped(raw);
    assertEquals(QuoteText.normalize(raw), m.text());
    assertEquals("PD-L1 binds PD-1 on T cells.", m.text());
    for (int i = 0; i < m.text().length(); i++) {
      char c = m.text().charAt(i);
      char back = raw.charAt(m.origin(i, raw.length()));
      assertEquals(c == ' ' ? ' ' : c, c == ' ' && Character.isWhitespace(back) ? ' ' : back);
    }
    assertEquals(m.text().indexOf("binds"), m.indexOf(raw.indexOf("binds")));
  }
}
