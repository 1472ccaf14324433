package dev.evident.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTextTest {
  static List<String> adversarial() {
    List<String> all = new java.util.ArrayList<>(ExportFixtures.ADVERSARIAL);
    all.addAll(List.of("", "|", "||", "\\|", "\\\\|", "a\\", "`", "```", "<", "&", "&#124;",
        "&lt;", "1.", "1)", "12345. x", "+", "-", "--- ", "***", "___", "~~~", "#", "######",
        "[x]: http://a", "<!-- c -->", "<http://a.b>", "a\u2028b\u0085c\u0000d", "\uFEFFbom",
        "*a*", "**", "_a_", "![a](b)", "[a]", "=1+1", "@user", "\t=1", "x\r", "\r\n\r\n"));
    return all;
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  void aCellShowsExactlyThePlainText(String s) {
    String md = "| a | b | c |\n|---|---|---|\n| x | " + MarkdownText.inline(s) + " | y |\n";
    Gfm.Document d = Gfm.parse(md);
    assertEquals(1, d.tables().size(), md);
    List<Gfm.Cell> row = d.tables().get(0).rows().get(0);
    assertEquals(3, row.size(), md);
    assertEquals("x", row.get(0).text());
    String expected = MarkdownText.plain(s).replace("\u0000", "\uFFFD");
    assertEquals(expected, row.get(1).text(), md);
    assertEquals(expected.isEmpty() ? java.util.Set.of() : java.util.Set.of("Text"),
        row.get(1).nodes(), md);
    assertEquals("y", row.get(2).text());
    assertEquals(1, d.tables().get(0).rows().size(), md);
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  void aHeadingShowsExactlyThePlainText(String s) {
    Gfm.Document d = Gfm.parse("### " + MarkdownText.inline(s) + "\n\ntext\n");
    assertEquals(List.of(("### " + MarkdownText.plain(s)).strip().replace("\u0000", "\uFFFD")),
        d.headings().stream().map(String::strip).toList());
  }

  @Test
  void plainFoldsLineBreaksAndTrims() {
    assertEquals("a b c d", MarkdownText.plain("a\nb\r\nc\rd"));
    assertEquals("a", MarkdownText.plain("  a \n"));
    assertEquals("", MarkdownText.plain(null));
  }

  @Test
  void bidirectionalAndC1ControlsNeverReachTheDocument() {
    assertEquals("evil txt.exe", MarkdownText.plain("evil\u202Etxt.exe"));
    assertEquals("a b c", MarkdownText.plain("a\u2066b\u0085c"));
    assertEquals("a b", MarkdownText.inline("a\u200Fb"));
  }

  @Test
  void doiBecomesASafeAddress() {
    assertEquals("https://doi.org/10.1007/s11010-024-05175-x",
        MarkdownText.doiUrl("10.1007/s11010-024-05175-x"));
    assertEquals("https://doi.org/10.1/a%28b%29%20c%7Cd%3C%3E%23%5C",
        MarkdownText.doiUrl("10.1/a(b) c|d<>#\\"));
    assertEquals("https://doi.org/10.1/x", MarkdownText.doiUrl("https://doi.org/10.1/x"));
    assertEquals("https://doi.org/10.1/x", MarkdownText.doiUrl("doi:10.1/x"));
    assertEquals("https://doi.org/10.1/%C3%A9", MarkdownText.doiUrl("10.1/é"));
    assertNull(MarkdownText.doiUrl(" "));
    assertNull(MarkdownText.doiUrl(null));
  }

  @Test
  void aLinkKeepsItsDestinationInACell() {
    String doi = "10.1002/(SICI)1097-0142(19990101)85:1<1::AID-CNCR1>3.0.CO;2-#|x";
    String md = "| a | b |\n|---|---|\n| " + MarkdownText.link("Feng | Y [1999]", doi)
        + " | z |\n";
    Gfm.Cell cell = Gfm.parse(md).tables().get(0).rows().get(0).get(0);
    assertEquals("Feng | Y [1999]", cell.text());
    assertEquals(List.of(MarkdownText.doiUrl(doi)), cell.links());
    assertEquals("z", Gfm.parse(md).tables().get(0).rows().get(0).get(1).text());
  }
}
