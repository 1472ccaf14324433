package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.QuoteText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return split(text, false);
  }

  private static List<String> split(String text, boolean escaped) {
    List<String> out = new ArrayList<>();
    for (int[] s : SentenceSplitter.split(text, 0, text.length(), escaped)) {
      out.add(QuoteText.normalize(text.substring(s[0], s[1])));
    }
    return out;
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    List<String> s = split("Growth factors, e.g. VEGF, act early. Cytokines (i.e. IL-6) act "
        + "later, as Smith et al. showed in Fig. 2 vs. controls. Approx. 5 mm, cf. Dr. Lee, "
        + "etc. were noted. Next one.");
    assertEquals(List.of("Growth factors, e.g. VEGF, act early.",
        "Cytokines (i.e. IL-6) act later, as Smith et al. showed in Fig. 2 vs. controls.",
        "Approx. 5 mm, cf. Dr. Lee, etc. were noted.", "Next one."), s);
  }

  @Test
  void eGWithCommaAndParentheses() {
    List<String> s = split("EVs carry nucleic acids (e.g., miRNAs, circRNAs) and proteins "
        + "(e.g., integrins). They spread.");
    assertEquals(2, s.size());
    assertTrue(s.get(0).endsWith("(e.g., integrins)."));
  }

  @Test
  void decimalsAndInitials() {
    assertEquals(List.of("The rate rose 2.5-fold in J. R. Smith's model.", "It fell later."),
        split("The rate rose 2.5-fold in J. R. Smith's model. It fell later."));
  }

  @Test
  void citationBeforeAndAfterThePeriod() {
    assertEquals(List.of("EMT is regulated by TGF-B [3].", "It drives invasion. [4, 5]",
        "Angiogenesis follows [6–8]."),
        split("EMT is regulated by TGF-B [3]. It drives invasion. [4, 5] Angiogenesis "
            + "follows [6–8]."));
  }

  @Test
  void hardWrapsAndHyphenWrapsStayInOneSentence() {
    String text = "Immune checkpoint molecules like PD-\nL1 and pro-\nangiogenic factors drive\n"
        + "epithelial-\nto-mesenchymal transition. Next\nsentence here.";
    List<String> s = split(text);
    assertEquals(List.of("Immune checkpoint molecules like PD-L1 and pro-angiogenic factors "
        + "drive epithelial-to-mesenchymal transition.", "Next sentence here."), s);
  }

  @Test
  void questionExclamationQuotesAndParentheses() {
    assertEquals(List.of("Why does it spread?", "It is \"driven by EMT.\"",
        "Really!", "(This is an aside.)", "Done."),
        split("Why does it spread? It is \"driven by EMT.\" Really! (This is an aside.) Done."));
  }

  @Test
  void markdownBoldAndListNumbers() {
    assertEquals(List.of("1. **Multistep Process**: Metastasis has steps.", "**Bold end.**",
        "Next."), split("1. **Multistep Process**: Metastasis has steps. **Bold end.** Next."));
  }

  @Test
  void escapedBreaksAreHardBoundaries() {
    String text = "Cells lose adhesion\\n\\nThis transition is driven by signals. More.";
    assertEquals(List.of("Cells lose adhesion", "This transition is driven by signals.",
        "More."), split(text, true));
    assertEquals(1, split("Cells lose adhesion\\nand more", false).size());
  }

  @Test
  void offsetsAreTrimmedAndWithinTheRange() {
    String text = "xx  First one.  Second one.  yy";
    List<int[]> spans = SentenceSplitter.split(text, 2, 28, false);
    assertEquals(2, spans.size());
    assertEquals("First one.", text.substring(spans.get(0)[0], spans.get(0)[1]));
    assertEquals("Second one.", text.substring(spans.get(1)[0], spans.get(1)[1]));
  }

  @Test
  void lowercaseAfterPeriodDoesNotSplit() {
    assertEquals(1, split("Values were approx. five and the U.S. data agree.").size());
  }

  @Test
  void unbalancedParenthesisDoesNotSwallowTheRest() {
    assertEquals(2, split("Cells (see below migrate. Then they invade.").size());
  }
}
