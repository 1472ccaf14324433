package dev.evident.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Diagnostic;
import dev.evident.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LintFormatTest {
  static final LintResult SAMPLE = new LintResult(List.of(
      new Diagnostic("claims/a b/x,y.yaml", 3, 7, Severity.ERROR, "EV202",
          "quote not found: 100% \"gone\"\r\nsecond line: a, b", null),
      new Diagnostic("claims/s/s-1.yaml", 1, 1, Severity.WARNING, "EV203", "moved", null),
      new Diagnostic("claims/s/s-2.yaml", 2, 1, Severity.INFO, "EV503", "dup\u0007", null)),
      3, false);

  @Test
  void textIsOneLinePerFinding() {
    assertEquals("claims/a b/x,y.yaml:3:7: error EV202 quote not found: 100% \"gone\"\\r\\n"
        + "second line: a, b\nclaims/s/s-1.yaml:1:1: warning EV203 moved\n"
        + "claims/s/s-2.yaml:2:1: info EV503 dup\u0007\n", LintFormat.TEXT.render(SAMPLE));
  }

  @Test
  void githubWorkflowCommandsEscapeDataAndProperties() {
    String out = LintFormat.GITHUB.render(SAMPLE);
    List<String> lines = out.lines().toList();
    assertEquals(3, lines.size());
    assertEquals("::error file=claims/a b/x%2Cy.yaml,line=3,col=7,title=EV202 quote-not-found"
        + "::quote not found: 100%25 \"gone\"%0D%0Asecond line: a, b", lines.get(0));
    assertTrue(lines.get(1).startsWith("::warning file=claims/s/s-1.yaml,line=1,col=1,"));
    assertTrue(lines.get(2).startsWith("::notice "));
    Pattern command = Pattern.compile("::(error|warning|notice) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)"
        + "::([^\\r\\n]*)");
    for (String l : lines) {
      Matcher m = command.matcher(l);
      assertTrue(m.matches(), l);
      Set<String> keys = new HashSet<>();
      for (String prop : m.group(2).split(",")) {
        keys.add(prop.substring(0, prop.indexOf('=')));
      }
      assertEquals(Set.of("file", "line", "col", "title"), keys);
      // Every % in the data starts an escape.
      assertFalse(m.group(3).matches(".*%(?![0-9A-F]{2}).*"), l);
    }
    assertEquals("a%3Ab%2Cc%25d%0A", LintFormat.ghProperty("a:b,c%d\n"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void sarifIsValid210WithRulesAndLocations() {
    Map<String, Object> root = (Map<String, Object>) MiniJson.parse(LintFormat.SARIF.render(SAMPLE));
    assertEquals("2.1.0", root.get("version"));
    assertNotNull(root.get("$schema"));
    List<Object> runs = (List<Object>) root.get("runs");
    assertEquals(1, runs.size());
    Map<String, Object> run = (Map<String, Object>) runs.get(0);
    Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool"))
        .get("driver");
    assertEquals("evident", driver.get("name"));
    List<Object> rules = (List<Object>) driver.get("rules");
    List<String> ids = rules.stream().map(r -> (String) ((Map<String, Object>) r).get("id"))
        .toList();
    assertEquals(List.of("EV202", "EV203", "EV503"), ids);
    for (Object r : rules) {
      Map<String, Object> rule = (Map<String, Object>) r;
      String text = (String) ((Map<String, Object>) rule.get("shortDescription")).get("text");
      assertFalse(text.isBlank());
    }
    List<Object> results = (List<Object>) run.get("results");
    assertEquals(3, results.size());
    Set<String> levels = Set.of("none", "note", "warning", "error");
    for (int i = 0; i < results.size(); i++) {
      Map<String, Object> res = (Map<String, Object>) results.get(i);
      String ruleId = (String) res.get("ruleId");
      assertEquals(ids.get(((Long) res.get("ruleIndex")).intValue()), ruleId);
      assertTrue(levels.contains(res.get("level")));
      assertInstanceOf(String.class, ((Map<String, Object>) res.get("message")).get("text"));
      List<Object> locs = (List<Object>) res.get("locations");
      Map<String, Object> phys = (Map<String, Object>) ((Map<String, Object>) locs.get(0))
          .get("physicalLocation");
      String uri = (String) ((Map<String, Object>) phys.get("artifactLocation")).get("uri");
      assertFalse(uri.contains(" ") || uri.contains(","), uri);
      Map<String, Object> region = (Map<String, Object>) phys.get("region");
      assertTrue((Long) region.get("startLine") >= 1);
      assertTrue((Long) region.get("startColumn") >= 1);
    }
    Map<String, Object> first = (Map<String, Object>) results.get(0);
    assertEquals("error", first.get("level"));
    assertEquals("quote not found: 100% \"gone\"\r\nsecond line: a, b",
        ((Map<String, Object>) first.get("message")).get("text"));
    assertEquals("note", ((Map<String, Object>) results.get(2)).get("level"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void jsonHasFindingsAndSummary() {
    Map<String, Object> root = (Map<String, Object>) MiniJson.parse(LintFormat.JSON.render(SAMPLE));
    List<Object> f = (List<Object>) root.get("findings");
    assertEquals(3, f.size());
    assertEquals("dup\u0007", ((Map<String, Object>) f.get(2)).get("message"));
    assertEquals(Map.of("errors", 1L, "warnings", 1L, "infos", 1L, "files", 3L),
        root.get("summary"));
    LintResult empty = new LintResult(List.of(), 0, false);
    MiniJson.parse(LintFormat.JSON.render(empty));
    MiniJson.parse(LintFormat.SARIF.render(empty));
  }

  @Test
  void conflictReportsRenderInEveryFormat(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    ReviewBuilder b = ReviewBuilder.conflicts();
    ConflictReport r = new ConflictDetector().detect(b.claims().values(), b.sources());
    Map<String, String> files = new java.util.HashMap<>();
    b.claims().values().forEach(c -> files.put(c.id(), "claims/" + c.source() + "/" + c.id()
        + ".yaml"));
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) MiniJson.parse(
        ConflictFormat.JSON.render(r, files));
    assertEquals(7, ((List<?>) json.get("conflicts")).size());
    assertEquals(5L, json.get("unresolved"));
    String md = ConflictFormat.MARKDOWN.render(r, files);
    long rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| kind")).count();
    assertEquals(7, rows);
    for (String l : md.lines().filter(x -> x.startsWith("|")).toList()) {
      assertEquals(6, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l);
    }
    String text = ConflictFormat.TEXT.render(r, files);
    assertTrue(text.contains("\"Lysyl oxidase (LOX) promotes collagen crosslinking in the stroma.\""));
    assertTrue(text.contains("acknowledged: different fibroblast subtypes; both stand"));
    Files.writeString(dir.resolve("x.md"), md);
  }
}
