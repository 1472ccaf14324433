package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/lint-rules.md documents every rule exactly as --explain states it. */
class DocsTest {
  @Test
  void everyRuleIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/lint-rules.md"), StandardCharsets.UTF_8);
    for (Rule r : Rule.values()) {
      String row = "| " + r.code() + " | `" + r.slug() + "` | " + r.defaultSeverity().wire()
          + " | " + r.summary() + " |";
      assertTrue(doc.contains(row), "docs/lint-rules.md lacks: " + row);
    }
  }
}
