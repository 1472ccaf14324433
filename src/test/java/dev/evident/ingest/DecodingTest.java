package dev.evident.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.model.EvidentException;
import dev.evident.model.SeedFormat;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes that are not a usable UTF-8 text document are refused with a located message. */
class DecodingTest {

  private static final String PROSE = "Hypoxia induces angiogenesis in solid tumours.\n";

  private static EvidentException refused(byte[] bytes) {
    EvidentException e = assertThrows(EvidentException.class,
        () -> new Ingester().read("seeds/x.txt", bytes));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertTrue(e.getMessage().startsWith("seeds/x.txt: error: "), e.getMessage());
    return e;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void emptyAndWhitespaceOnly() {
    assertEquals("seeds/x.txt: error: seed is empty", refused(new byte[0]).getMessage());
    assertEquals("seeds/x.txt: error: seed is empty", refused(utf8(" \r\n\t\n \u00A0")).getMessage());
  }

  @Test
  void nulByteIsBinary() {
    byte[] b = utf8("abc\u0000def");
    assertEquals("seeds/x.txt: error: binary file (NUL byte at offset 3), not a text document",
        refused(b).getMessage());
  }

  @Test
  void utf16And32BomsAreNamed() {
    assertTrue(refused(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}).getMessage()
        .endsWith("seed is UTF-16LE; save it as UTF-8"));
    assertTrue(refused(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}).getMessage()
        .endsWith("seed is UTF-16BE; save it as UTF-8"));
    assertTrue(refused(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}).getMessage()
        .endsWith("seed is UTF-32LE; save it as UTF-8"));
  }

  @Test
  void invalidUtf8NamesTheByteOffset() {
    byte[] good = utf8("Caf\u00E9 cells ");
    byte[] b = new byte[good.length + 3];
    System.arraycopy(good, 0, b, 0, good.length);
    b[good.length] = (byte) 0xC3;
    b[good.length + 1] = (byte) 0x28;
    b[good.length + 2] = 'x';
    String m = refused(b).getMessage();
    assertTrue(m.contains("invalid UTF-8 at byte offset " + good.length), m);
  }

  @Test
  void utf8BomIsDroppedAndOffsetsExcludeIt() {
    byte[] body = utf8(PROSE);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    Document d = new Ingester().read("x.txt", b);
    assertEquals(PROSE, d.text());
    Block only = d.blocks().get(0);
    assertEquals(0, only.start());
    assertEquals(PROSE.strip(), d.text().substring(only.start(), only.end()));
  }

  @Test
  void crlfTextIsKeptExactly() {
    String text = "Title of a note\r\n\r\nHypoxia induces angiogenesis\r\nin solid tumours.\r\n";
    Document d = new Ingester().read("x.txt", utf8(text));
    assertEquals(text, d.text());
    assertEquals(SeedFormat.PLAIN_TEXT, d.format());
    assertEquals("Title of a note", d.bibliography().title());
    Block b = d.blocks().get(0);
    assertEquals("Hypoxia induces angiogenesis\r\nin solid tumours.", text.substring(b.start(), b.end()));
  }

  @Test
  void overSizeIsRefusedBeforeDecoding() {
    byte[] b = utf8(PROSE + PROSE);
    EvidentException e = assertThrows(EvidentException.class,
        () -> new Ingester(PROSE.length()).read("big.txt", b));
    assertEquals(EvidentException.Kind.DATA, e.kind());
    assertEquals("big.txt: error: seed is " + b.length + " bytes, over the " + PROSE.length()
        + " bytes limit", e.getMessage());
    // Invalid bytes past the limit do not matter: size is checked first.
    byte[] bad = new byte[64];
    bad[0] = (byte) 0xFF;
    assertTrue(assertThrows(EvidentException.class, () -> new Ingester(10).read("big.txt", bad))
        .getMessage().contains("over the"));
    assertEquals(16 * 1024 * 1024, Ingester.MAX_SEED_BYTES);
  }

  @Test
  void noProse() {
    assertEquals("x.md: error: no prose found in seed", assertThrows(EvidentException.class,
        () -> new Ingester().read("x.md", utf8("# Heading\n\n| a | b |\n|---|---|\n"))).getMessage());
    assertEquals("x.txt: error: no prose found in seed", assertThrows(EvidentException.class,
        () -> new Ingester().read("x.txt", utf8("&nbsp;\n"))).getMessage());
  }
}
