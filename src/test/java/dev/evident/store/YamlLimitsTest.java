package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Claim;
import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One test per limit the YAML reader enforces, so that a dependency bump that drops one (a
 * Jackson default changing, a feature flag renamed) fails a test named after it.
 */
class YamlLimitsTest {
  @TempDir
  Path dir;

  private static Diagnostic refused(String text) {
    EvidentException e = assertThrows(EvidentException.class,
        () -> YamlReader.read("claims/s/c.yaml", text));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertEquals(1, e.diagnostics().size(), RepositorySafetyTest.plain(e.getMessage()));
    return e.diagnostics().get(0);
  }

  private static Diagnostic refusedClaim(String text) {
    EvidentException e = assertThrows(EvidentException.class,
        () -> Codec.readClaim("claims/s/c.yaml", text));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    return e.diagnostics().get(0);
  }

  private static String valid() {
    return Codec.write(Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis."));
  }

  @Test
  void sizeCapIsCheckedBeforeParsing() {
    String huge = "a: " + "x".repeat(YamlReader.MAX_FILE_CHARS) + "\n";
    Diagnostic d = refused(huge);
    assertTrue(d.message().contains("over the " + YamlReader.MAX_FILE_CHARS + " limit"),
        d.message());
    // no context line: a megabyte of text must not be echoed to the terminal
    assertEquals(null, d.context());
  }

  @Test
  void sizeCapIsCheckedOnTheFileSizeBeforeReadingItIntoMemory() throws IOException {
    Path file = Files.createDirectories(dir.resolve("claims/s")).resolve("s-abcdef.yaml");
    // a sparse 3 GiB file: reading it whole would throw OutOfMemoryError, not a message
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(3L << 30);
    }
    Repository repo = new Repository(dir);
    EvidentException e = assertThrows(EvidentException.class,
        () -> repo.read("claims/s/s-abcdef.yaml"));
    assertEquals("claims/s/s-abcdef.yaml: error: file is 3221225472 bytes, over the 1 MiB limit "
        + "for a claim, source or settings file", RepositorySafetyTest.plain(e.getMessage()));
    Repository.Scan scan = repo.scan();
    assertEquals(1, scan.problems().size());
    assertTrue(scan.problems().get(0).message().contains("over the 1 MiB limit"));
  }

  @Test
  void nestingDepthIsLimited() {
    StringBuilder deep = new StringBuilder("a:");
    for (int i = 0; i < YamlReader.MAX_DEPTH + 5; i++) {
      deep.append("\n").append("  ".repeat(i + 1)).append("k").append(i).append(":");
    }
    deep.append(" 1\n");
    Diagnostic d = refused(deep.toString());
    assertEquals("nesting deeper than 16 levels", d.message());
    assertEquals(17, d.line(), RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void nestingDepthIsLimitedForFlowSequencesToo() {
    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    Diagnostic d = refused(deep);
    assertEquals("nesting deeper than 16 levels", d.message());
    assertEquals(1, d.line());
  }

  @Test
  void stringLengthIsLimited() {
    String text = "a: " + "x".repeat(YamlReader.MAX_STRING + 1) + "\n";
    Diagnostic d = refused(text);
    assertEquals("a value is longer than " + YamlReader.MAX_STRING + " characters", d.message());
    assertEquals(1, d.line());
  }

  @Test
  void nameLengthIsLimited() {
    Diagnostic d = refused("k".repeat(YamlReader.MAX_NAME + 10) + ": 1\n");
    assertEquals("a key is longer than " + YamlReader.MAX_NAME + " characters", d.message());
    assertEquals(1, d.line());
  }

  @Test
  void duplicateKeysAreRefusedWithBothLines() {
    Diagnostic d = refusedClaim(valid() + "id: again\n");
    assertEquals("claims/s/c.yaml:33:1: error: duplicate key 'id' (first at line 1)", RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void duplicateKeysAreRefusedInNestedMappings() {
    Diagnostic d = refusedClaim(valid().replace("  line: 3\n", "  line: 3\n  start: 11\n"));
    assertTrue(d.format().startsWith("claims/s/c.yaml:10:3: error: duplicate key 'start' (first at line 7)"),
        RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void anchorOnAScalarIsRefusedWithItsPosition() {
    Diagnostic d = refusedClaim(valid().replace("source: chen-2025-breast",
        "source: &s chen-2025-breast"));
    assertEquals("claims/s/c.yaml:2:9: error: YAML anchor &s is not allowed", RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void anchorOnAMappingIsRefused() {
    Diagnostic d = refusedClaim(valid().replace("locator:\n", "locator: &loc\n"));
    assertTrue(d.message().contains("YAML anchor &loc is not allowed"), RepositorySafetyTest.plain(d.format()));
    assertEquals(5, d.line());
  }

  @Test
  void aliasIsRefusedNotTurnedIntoAString() {
    Diagnostic d = refused("a: &x 1\nb: *x\n");
    assertTrue(d.message().contains("anchor") || d.message().contains("alias"), RepositorySafetyTest.plain(d.format()));
    Diagnostic alone = refused("a: 1\nb: *x\n");
    assertTrue(alone.message().contains("alias") || alone.message().contains("not valid YAML"),
        alone.format());
    assertEquals(2, alone.line());
  }

  @Test
  void mergeKeyIsRefused() {
    Diagnostic d = refusedClaim(valid().replace("decision: null", "decision:\n  <<: {by: x}"));
    assertEquals("claims/s/c.yaml:29:3: error: YAML merge key << is not allowed; write the keys "
        + "out", RepositorySafetyTest.plain(d.format()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!str x", "!local x", "!!binary aGVsbG8=", "!<tag:yaml.org,2002:str> x"})
  void tagsAreRefusedWithTheirPosition(String tagged) {
    Diagnostic d = refusedClaim(valid().replace("note: \"\"", "note: " + tagged));
    assertTrue(d.message().startsWith("YAML tag "), RepositorySafetyTest.plain(d.format()));
    assertEquals(30, d.line(), RepositorySafetyTest.plain(d.format()));
    assertEquals(7, d.column(), RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void severalDocumentsAreRefused() {
    Diagnostic d = refusedClaim(valid() + "---\nid: x\n");
    assertTrue(d.message().contains("several YAML documents"), RepositorySafetyTest.plain(d.format()));
    assertEquals(34, d.line(), RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void nonStringKeysAreReadAsTheirText() {
    // YAML allows a key like 1 or true; the claim reader only knows named keys, so such a key
    // is an unknown field with its position
    Diagnostic d = refusedClaim(valid() + "true: 1\n");
    assertTrue(d.message().contains("unknown field 'true'"), RepositorySafetyTest.plain(d.format()));
  }

  @Test
  void complexKeysAreRefused() {
    Diagnostic d = refused("? [a, b]\n: 1\n");
    assertTrue(d.message().contains("not valid YAML") || d.message().contains("key"),
        RepositorySafetyTest.plain(d.format()));
  }

  /** Words a YAML 1.1 reader takes for booleans, and strings any reader may take for numbers. */
  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "NO", "Yes", "y", "n", "01234", "1e3",
      "0x1F", "12:30", "1_000", ".inf", "-.inf", ".nan", "0o17", "+12", "1.10", "~", "true",
      "False", "2024-01-01"})
  void booleanAndNumberLikeWordsStayStringsAndAreWrittenBackQuoted(String word) {
    Claim c = Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis.").toBuilder()
        .note(word).build();
    String text = Codec.write(c);
    assertTrue(text.contains("note: \"" + word + "\"\n") || text.contains("note: '" + word
        + "'\n"), text);
    assertEquals(word, Codec.readClaim("c.yaml", text).note());
    // written by hand without quotes: read as the very same string, or refused with a hint,
    // never silently turned into a boolean, number or null
    String unquoted = text.replaceFirst("note: [\"'][^\\n]*\\n", "note: " + word + "\n");
    try {
      assertEquals(word, Codec.readClaim("c.yaml", unquoted).note());
    } catch (EvidentException e) {
      String m = RepositorySafetyTest.plain(e.diagnostics().get(0).format());
      assertTrue(m.startsWith("c.yaml:30:7: error: 'note' must be a string, found"), m);
      assertTrue(m.endsWith("; quote it"), m);
    }
  }

  @Test
  void yesAndNoUnquotedAreStringsNotBooleans() {
    Claim c = Codec.readClaim("c.yaml", valid().replace("note: \"\"", "note: NO"));
    assertEquals("NO", c.note());
    assertEquals("note: \"NO\"\n", Codec.write(c).lines().filter(l -> l.startsWith("note:"))
        .findFirst().orElseThrow() + "\n");
  }

  @Test
  void octalLikeNumberIsNotReadAsOctal() {
    YNode.YScalar v = (YNode.YScalar) ((YNode.YMap) YamlReader.read("t", "v: 010\n")).entries()
        .get("v").value();
    assertFalse(v.kind() == YNode.ScalarKind.INT && "8".equals(v.text()), v.toString());
    assertEquals("010", v.text());
  }

  @Test
  void aRuntimeExceptionFromTheLibraryBecomesNotValidYaml() {
    // the catch-all, proven on inputs the fuzzer found to upset the scanner (see
    // CodecFuzzTest's regression inputs); here one that reaches the parser's error path
    Diagnostic d = refused("a: \"\\uZZZZ\"\n");
    assertTrue(d.message().startsWith("not valid YAML"), RepositorySafetyTest.plain(d.format()));
  }
}
