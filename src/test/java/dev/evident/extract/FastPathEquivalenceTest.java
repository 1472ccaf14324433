package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The extractor's fast paths must give exactly what the plain regular expressions they replace
 * give: each is checked here against the plain form on many generated texts full of the edge
 * cases (punctuation, non-ASCII letters and spaces, surrogate pairs, hyphens, apostrophes).
 */
class FastPathEquivalenceTest {
  private static final String[] PIECES = {
      "the", "a", "of", "cells", "epithelial-mesenchymal", "transition", "tumour", "growth",
      "TGF-\u03B2", "p53/MDM2", "don\u2019t", "cells'", "x1", "12", "\u00E9tude", "\uD835\uDC00BC",
      "(EMT)", "(TGF-\u03B21)", "(Abc)", "(X)", "(ABCDEFGHIJKLM)", "(\uD835\uDC00BC)", "(", ")",
      "((", "(e.g.", "(MMPs)", "(IL-6)", "(see", "[3]", "induces", "promotes", "is", "by",
      "driven", "leads", "to", "plays", "a", "role", "in", "due", "inhibits", "up-regulates",
      "-", "'", "\u2019", ",", ".", ";", ":", "and", "Induces", "INDUCES", "_x", "via"};
  private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0",
      "", ", ", ". ", "; ", "-"};

  /** Texts of 1 to 60 pieces, reproducible. */
  static List<String> texts(int count, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(60);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        sb.append(SPACES[r.nextInt(SPACES.length)]);
      }
      out.add(sb.toString());
    }
    return out;
  }

  private static String describe(List<MatchResult> ms) {
    StringBuilder sb = new StringBuilder();
    for (MatchResult m : ms) {
      sb.append(m.start()).append('-').append(m.end()).append(':').append(m.group(1))
          .append('|').append(m.group(2)).append('|').append(m.start(2)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void acronymDefinitionsAreThoseOfAFindOverTheWholeText() {
    int found = 0;
    for (String text : texts(20_000, 1)) {
      List<MatchResult> plain = new ArrayList<>();
      Matcher m = AnaphoraResolver.DEFINITION.matcher(text);
      while (m.find()) {
        plain.add(m.toMatchResult());
      }
      assertEquals(describe(plain), describe(AnaphoraResolver.definitions(text)), text);
      found += plain.size();
    }
    assertTrue(found > 1000, "the texts hold definitions: " + found);
  }
}
