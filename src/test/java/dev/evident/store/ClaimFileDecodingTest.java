package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim, source and settings files as bytes: encodings, binary content and line ends. */
class ClaimFileDecodingTest {

  private static String valid() {
    return Codec.write(Fixtures.claim("s-abcdef", "Hypoxia promotes angiogenesis."));
  }

  private static String badStart() {
    return valid().replace("start: 10", "start: ten");
  }

  private static Diagnostic readError(byte[] bytes) {
    EvidentException e = assertThrows(EvidentException.class,
        () -> Codec.readClaim("c.yaml", TextFiles.decode("c.yaml", bytes)));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    return e.diagnostics().get(0);
  }

  @Test
  void utf8BomGivesTheSameLineAndColumnAsWithout() {
    Diagnostic plain = readError(badStart().getBytes(StandardCharsets.UTF_8));
    Diagnostic bom = readError(("\uFEFF" + badStart()).getBytes(StandardCharsets.UTF_8));
    assertEquals(plain, bom);
    assertEquals("c.yaml:7:10: error: 'locator.start' must be an integer, found a string",
        RepositorySafetyTest.plain(bom.format()));
  }

  @ParameterizedTest
  @CsvSource({"UTF-16LE,true", "UTF-16BE,true", "UTF-32LE,true", "UTF-32BE,true",
      "UTF-16LE,false", "UTF-16BE,false", "UTF-32LE,false", "UTF-32BE,false"})
  void utf16And32AreRefusedByName(String charset, boolean withBom) {
    byte[] bytes = ((withBom ? "\uFEFF" : "") + valid()).getBytes(Charset.forName(charset));
    EvidentException e = assertThrows(EvidentException.class,
        () -> TextFiles.decode("c.yaml", bytes));
    assertEquals("c.yaml: error: file is " + charset + "; evident reads UTF-8 only",
        RepositorySafetyTest.plain(e.getMessage()));
  }

  @Test
  void invalidUtf8IsRefusedWithItsByteOffsetNotReplaced() {
    byte[] good = valid().getBytes(StandardCharsets.UTF_8);
    byte[] bad = good.clone();
    bad[40] = (byte) 0xC3;  // a lead byte followed by ASCII: malformed
    EvidentException e = assertThrows(EvidentException.class,
        () -> TextFiles.decode("c.yaml", bad));
    assertEquals("c.yaml: error: invalid UTF-8 at byte offset 40 (0xC3)", RepositorySafetyTest.plain(e.getMessage()));
    byte[] withBom = new byte[bad.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bad, 0, withBom, 3, bad.length);
    e = assertThrows(EvidentException.class, () -> TextFiles.decode("c.yaml", withBom));
    // the offset is into the file as stored, BOM included, so a hex editor finds it
    assertEquals("c.yaml: error: invalid UTF-8 at byte offset 43 (0xC3)", RepositorySafetyTest.plain(e.getMessage()));
  }

  @Test
  void truncatedMultiByteSequenceAtTheEndIsRefused() {
    byte[] good = valid().getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(good, good.length + 1);
    cut[good.length] = (byte) 0xE2;
    EvidentException e = assertThrows(EvidentException.class,
        () -> TextFiles.decode("c.yaml", cut));
    assertEquals("c.yaml: error: invalid UTF-8 at byte offset " + good.length + " (0xE2)",
        RepositorySafetyTest.plain(e.getMessage()));
  }

  @Test
  void overlongAndSurrogateEncodingsAreRefused() {
    // C0 AF is an overlong '/', ED A0 80 a UTF-8-encoded surrogate: both are invalid UTF-8
    assertThrows(EvidentException.class, () -> TextFiles.decode("c.yaml",
        new byte[] {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF}));
    assertThrows(EvidentException.class, () -> TextFiles.decode("c.yaml",
        new byte[] {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
  }

  @Test
  void nulByteIsRefusedAsBinary() {
    byte[] bytes = valid().getBytes(StandardCharsets.UTF_8);
    bytes[100] = 0;
    EvidentException e = assertThrows(EvidentException.class,
        () -> TextFiles.decode("c.yaml", bytes));
    assertEquals("c.yaml: error: binary file (NUL byte at offset 100)", RepositorySafetyTest.plain(e.getMessage()));
  }

  @Test
  void crlfGivesTheSameClaimAndTheSameErrorPositionAsLf() {
    assertEquals(Codec.readClaim("c.yaml", valid()),
        Codec.readClaim("c.yaml", valid().replace("\n", "\r\n")));
    Diagnostic lf = readError(badStart().getBytes(StandardCharsets.UTF_8));
    Diagnostic crlf = readError(badStart().replace("\n", "\r\n").getBytes(
        StandardCharsets.UTF_8));
    assertEquals(lf, crlf);
    assertEquals("  start: ten", crlf.context());
  }

  @Test
  void loneCrLineEndsGiveTheSameClaimAndTheSameErrorPositionAsLf() {
    assertEquals(Codec.readClaim("c.yaml", valid()),
        Codec.readClaim("c.yaml", valid().replace("\n", "\r")));
    Diagnostic lf = readError(badStart().getBytes(StandardCharsets.UTF_8));
    Diagnostic cr = readError(badStart().replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    assertEquals(lf, cr);
    assertEquals("  start: ten", cr.context());
  }

  @Test
  void aVeryLongLineIsShownCutShort() {
    String text = valid().replace("note: \"\"", "note: [" + "x, ".repeat(20_000) + "&a y]");
    Diagnostic d = readError(text.getBytes(StandardCharsets.UTF_8));
    assertTrue(d.message().contains("anchor"), RepositorySafetyTest.plain(d.format()));
    assertTrue(d.context().length() <= 403, "context of " + d.context().length() + " chars");
    assertTrue(d.context().endsWith("..."));
    assertTrue(d.column() > 60_000, RepositorySafetyTest.plain(d.format()));
  }
}
