package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evident.model.Diagnostic;
import dev.evident.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintFormatLineTest {
  @Test
  void aFileNameWithALineBreakStaysOneFindingOnOneLine() {
    Diagnostic d = new Diagnostic("claims/x/a\nb.yaml", 3, 1, Severity.ERROR, "EV101",
        "a message\nwith a break", null);
    String text = LintFormat.text(new LintResult(List.of(d), 1, false));
    assertEquals(1, text.split("\n").length, text);
    assertEquals("claims/x/a\\nb.yaml:3:1: error EV101 a message\\nwith a break\n", text);
  }
}
