package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.EvidentException;
import dev.evident.model.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class CodecTest {

  @Test
  void writeReadWriteGivesTheSameBytes() {
    Claim c = Fixtures.curated();
    String once = Codec.write(c);
    Claim back = Codec.readClaim("x.yaml", once);
    assertEquals(c, back);
    assertEquals(once, Codec.write(back));
  }

  @Test
  void keyOrderIsFixedAndLinesEndInLf() {
    String text = Codec.write(Fixtures.curated());
    assertFalse(text.contains("\r"));
    assertTrue(text.endsWith("\n"));
    List<String> top = text.lines().filter(l -> !l.startsWith(" ") && !l.startsWith("-"))
        .map(l -> l.substring(0, l.indexOf(':'))).toList();
    assertEquals(List.of("id", "source", "statement", "quote", "locator", "mechanism",
        "evidence", "tags", "status", "decision", "links", "note", "edited", "exempt"), top);
  }

  @Test
  void exampleOfCanonicalClaim() {
    String text = Codec.write(Fixtures.claim("chen-2025-breast-4f2a9c",
        "Hypoxia promotes angiogenesis."));
    assertEquals("""
        id: chen-2025-breast-4f2a9c
        source: chen-2025-breast
        statement: Hypoxia promotes angiogenesis.
        quote: Hypoxia in the tumor promotes angiogenesis [4].
        locator:
          section: Abstract
          start: 10
          end: 58
          line: 3
          column: 1
        mechanism:
          subject: hypoxia
          relation: promotes
          object: angiogenesis
          direction: increases
          hedged: false
          negated: false
        evidence:
          level: 4
          design: review-cited
          eco: ECO:0000304
          basis: review statement with its own citation
          override: null
        tags:
          - angiogenesis
          - microenvironment
        status: extracted
        decision: null
        links: []
        note: ""
        edited: []
        exempt: []
        """, text);
  }

  /** Strings that some YAML reader would take for a boolean, number, date, null or syntax. */
  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "NO", "on", "Off", "y", "n", "true", "False", "null", "~",
      "", " ", "01234", "1e3", "0x1F", "0o17", "12:30", "1_000", ".inf", "-.inf", ".NaN",
      "2024-01-01", "1.10", "- item", "key: value", "a #comment", "ends with colon:",
      "[list]", "{map}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "|", ">",
      "'single'", "\"double\"", "tab\there", "line\nbreak", "trailing ", " leading",
      "=", "<<", "?", "#", "ctrl\u0007char", "bidi\u202Eoverride", "nbsp\u00A0x", "é accent",
      "back\\slash", "emoji \uD83D\uDE00", "NULL", "Null", "TRUE", "+1", "-1", "0", "0.5",
      "1:2:3", "2001-12-14t21:59:43.10-05:00", "Yes please", "No: really"})
  void riskyStringsReadBackAsTheSameStringUnderYaml11And12(String s) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("v", s);
    String text = YamlWriter.write(doc);
    YNode n = YamlReader.read("t.yaml", text);
    YNode.YScalar v = (YNode.YScalar) ((YNode.YMap) n).entries().get("v").value();
    assertEquals(YNode.ScalarKind.STRING, v.kind(), text);
    assertEquals(s, v.text(), text);
    Object yaml11 = new Yaml().<Map<String, Object>>load(text).get("v");
    assertEquals(s, yaml11, "YAML 1.1 reader on: " + text);
  }

  @Test
  void plainStringsStayPlainForReadableDiffs() {
    assertTrue(YamlWriter.isPlainSafe("Hypoxia promotes angiogenesis, e.g. via VEGF (a factor)."));
    assertFalse(YamlWriter.isPlainSafe("yes"));
    assertFalse(YamlWriter.isPlainSafe("TGF-B: a cytokine"));
  }

  @Test
  void settingsRoundTrip() {
    String once = Codec.write(Settings.defaults());
    Settings back = Codec.readSettings("claims/evident.yaml", once);
    assertEquals(Settings.defaults(), back);
    assertEquals(once, Codec.write(back));
  }

  @Test
  void sourceRoundTripKeepsNulls() {
    String text = """
        id: chen-2025-breast
        seed:
          file: seeds/a.txt
          sha256: abc
          format: pubmed-page
        title: "Mechanisms: a review"
        authors:
          - Rui Chen
        journal: Mol Cell Biochem
        year: 2025
        date: null
        doi: "10.1007/s11010-024-05175-x"
        pmid: null
        pmcid: null
        url: null
        keywords: []
        publication_type: review
        peer_reviewed: true
        entities: []
        """;
    var s = Codec.readSource("claims/chen-2025-breast/source.yaml", text);
    assertEquals(null, s.pmid());
    assertEquals(2025, s.year());
    assertEquals(text, Codec.write(s));
  }

  private static String message(String text) {
    EvidentException e = assertThrows(EvidentException.class,
        () -> Codec.readClaim("claims/s/c.yaml", text));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    return e.diagnostics().get(0).format();
  }

  private static String valid() {
    return Codec.write(Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis."));
  }

  @Test
  void unknownFieldIsRefusedWithItsPosition() {
    String text = valid().replace("note: \"\"", "note: \"\"\ncolour: red");
    assertEquals("claims/s/c.yaml:31:1: error: unknown field 'colour' [EV103]", message(text));
  }

  /** Lint grades read problems by these codes, so each kind must carry its own. */
  @Test
  void readProblemsCarryTheirKindAsACode() {
    java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put(valid().replace("note: \"\"", "note: \"\"\ncolour: red"),
        dev.evident.model.ProblemCodes.UNKNOWN_FIELD);
    cases.put(valid().replace("status: extracted\n", ""), null); // status is optional
    cases.put(valid().replaceFirst("statement: [^\n]*\n", ""),
        dev.evident.model.ProblemCodes.MISSING_FIELD);
    cases.put(valid().replace("note: \"\"", "note: [a]"),
        dev.evident.model.ProblemCodes.WRONG_TYPE);
    cases.put(valid().replace("status: extracted", "status: maybe"),
        dev.evident.model.ProblemCodes.INVALID_VALUE);
    cases.put("id: [unclosed\n", dev.evident.model.ProblemCodes.INVALID_YAML);
    for (java.util.Map.Entry<String, String> e : cases.entrySet()) {
      if (e.getValue() == null) {
        Codec.readClaim("claims/s/c.yaml", e.getKey());
        continue;
      }
      EvidentException ex = assertThrows(EvidentException.class,
          () -> Codec.readClaim("claims/s/c.yaml", e.getKey()));
      assertEquals(e.getValue(), ex.diagnostics().get(0).code(), ex.getMessage());
    }
  }

  @Test
  void duplicateKeyIsRefused() {
    String text = valid() + "id: again\n";
    assertTrue(message(text).contains("duplicate key 'id' (first at line 1)"), message(text));
  }

  @Test
  void anchorsAliasesTagsMergeKeysAndSeveralDocumentsAreRefused() {
    assertTrue(message(valid().replace("source: chen-2025-breast", "source: &s chen-2025-breast"))
        .contains("anchor"));
    assertTrue(message(valid().replace("note: \"\"", "note: *s")).contains("alias")
        || message(valid().replace("note: \"\"", "note: *s")).contains("not valid YAML"));
    assertTrue(message(valid().replace("note: \"\"", "note: !!str x")).contains("tag"));
    assertTrue(message(valid().replace("decision: null", "decision:\n  <<: {by: x}"))
        .contains("merge key"));
    assertTrue(message(valid() + "---\nid: x\n").contains("several YAML documents"));
  }

  @Test
  void aliasToAnEarlierAnchorIsCaughtNotTurnedIntoAString() {
    String text = valid().replace("note: \"\"", "note: x").replace("statement: Hypoxia",
        "statement: &st Hypoxia");
    assertTrue(message(text).contains("anchor &st"), message(text));
    String alias = "a: &x 1\nb: *x\n";
    EvidentException e = assertThrows(EvidentException.class,
        () -> YamlReader.read("t.yaml", alias));
    assertTrue(e.getMessage().contains("anchor") || e.getMessage().contains("alias"));
  }

  @Test
  void wrongTypesAndMissingFieldsAreNamed() {
    assertTrue(message(valid().replace("start: 10", "start: ten"))
        .contains("'locator.start' must be an integer, found a string"));
    assertTrue(message(valid().replace("hedged: false", "hedged: 1"))
        .contains("'mechanism.hedged' must be true or false"));
    assertTrue(message(valid().replace("statement: Hypoxia promotes angiogenesis.\n", ""))
        .contains("missing field 'statement'"));
    assertTrue(message(valid().replace("relation: promotes", "relation: boosts"))
        .contains("expected one of: causes"));
    assertTrue(message(valid().replace("note: \"\"", "note: 2024"))
        .contains("'note' must be a string, found an integer; quote it"));
    assertTrue(message(valid().replace("level: 4", "level: 9")).contains("1 to 6"));
  }

  @Test
  void syntaxErrorsHaveALineAndColumn() {
    String m = message("id: [unclosed\n");
    assertTrue(m.matches("claims/s/c\\.yaml:\\d+:\\d+: error: not valid YAML: .*"), m);
    assertTrue(message("- a list\n").contains("file must be a mapping"));
    assertTrue(message("").contains("file is empty"));
  }

  @Test
  void crlfAndBomReadLikeLf() {
    String lf = valid();
    String crlf = lf.replace("\n", "\r\n");
    assertEquals(Codec.readClaim("a", lf), Codec.readClaim("a", crlf));
    byte[] bom = ("\uFEFF" + lf).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String decoded = TextFiles.decode("a", bom);
    assertEquals(lf, decoded);
    String bad = lf.replace("start: 10", "start: ten");
    String withBom = TextFiles.decode("a", ("\uFEFF" + bad).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(message(bad), message(withBom));
  }

  @Test
  void limitsAreEnforced() {
    StringBuilder deep = new StringBuilder("a:");
    for (int i = 0; i < 40; i++) {
      deep.append("\n").append("  ".repeat(i + 1)).append("k").append(i).append(":");
    }
    deep.append(" 1\n");
    EvidentException e = assertThrows(EvidentException.class,
        () -> YamlReader.read("t.yaml", deep.toString()));
    assertTrue(e.getMessage().contains("deeper") || e.getMessage().contains("nesting")
        || e.getMessage().contains("depth"), e.getMessage());
    String huge = "a: " + "x".repeat(YamlReader.MAX_FILE_CHARS) + "\n";
    e = assertThrows(EvidentException.class, () -> YamlReader.read("t.yaml", huge));
    assertTrue(e.getMessage().contains("over the"), e.getMessage());
    String longName = "k".repeat(YamlReader.MAX_NAME + 10) + ": 1\n";
    assertThrows(EvidentException.class, () -> YamlReader.read("t.yaml", longName));
  }
}
