package dev.evident.ingest;

import dev.evident.model.EvidentException;
import dev.evident.model.SeedFormat;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads a seed: decodes its bytes as strict UTF-8, detects its format from its content (never
 * its name), and hands it to that format's reader for its bibliographic record and prose blocks.
 */
public final class Ingester {

  /** The largest seed evident reads; larger files are refused before decoding. */
  public static final int MAX_SEED_BYTES = 16 * 1024 * 1024;

  /** A block must hold at least this many words for the seed to count as having prose. */
  static final int MIN_PROSE_WORDS = 3;

  private final int maxBytes;

  public Ingester() {
    this(MAX_SEED_BYTES);
  }

  /** An ingester with a smaller size limit, so tests need not allocate 16 MiB. */
  Ingester(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads one seed.
   *
   * @param displayPath the path to name in messages
   * @param bytes the seed's bytes, exactly as stored
   * @throws EvidentException of kind DATA when the seed is empty, binary, not UTF-8, too large
   *     or holds no prose
   */
  public Document read(String displayPath, byte[] bytes) {
    String text = decode(displayPath, bytes);
    if (Markup.isMarkup(text)) {
      Markup.Masked m = Markup.maskTags(text);
      Bibliography bib = new Bibliography(m.title(), List.of(), null, null, null, null, null,
          null, null, List.of(), null, null, List.of());
      return document(displayPath, text, m.prose(), SeedFormat.MARKUP,
          new Reading(bib, m.blocks()));
    }
    if (Markup.isWikitext(text)) {
      String prose = Markup.maskWiki(text);
      Reading r = GenericMarkdown.read(new TextLines(prose));
      Bibliography bib = new Bibliography(null, List.of(), null, null, null, null, null, null,
          null, List.of(), null, null, List.of());
      return document(displayPath, text, prose, SeedFormat.WIKITEXT,
          new Reading(bib, r.blocks()));
    }
    TextLines lines = new TextLines(text);
    SeedFormat format = FormatDetector.detect(lines);
    String prose = text;
    if (format == SeedFormat.PLAIN_ARTICLE || format == SeedFormat.PLAIN_TEXT) {
      prose = Furniture.mask(text);
      if (prose != text) {
        lines = new TextLines(prose);
      }
    }
    Reading reading = switch (format) {
      case PUBMED_PAGE -> PubmedPage.read(lines);
      case PAPER_SUMMARY -> PaperSummary.read(lines);
      case JOURNAL_PAGE -> JournalPage.read(lines);
      case PLAIN_ARTICLE -> PlainArticle.read(lines);
      case FRONT_MATTER_QA -> FrontMatterQa.read(lines);
      case MARKDOWN -> GenericMarkdown.read(lines);
      case PLAIN_TEXT -> PlainText.read(lines);
      case MARKUP, WIKITEXT -> throw new IllegalStateException("detected above");
    };
    return document(displayPath, text, prose, format, reading);
  }

  private static Document document(String displayPath, String text, String prose,
      SeedFormat format, Reading reading) {
    if (!hasProse(prose, reading.blocks())) {
      throw EvidentException.data(displayPath + ": error: no prose found in seed");
    }
    Bibliography bib = Records.complete(reading.bibliography(), text, format);
    return new Document(displayPath, text, prose, format, bib, reading.blocks(),
        reading.escapedBreaks());
  }

  private static boolean hasProse(String text, List<Block> blocks) {
    for (Block b : blocks) {
      if (TextLines.words(text.substring(b.start(), b.end())) >= MIN_PROSE_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** Strict decoding: refuses what is not UTF-8 text instead of guessing or replacing. */
  String decode(String path, byte[] bytes) {
    if (bytes.length > maxBytes) {
      throw fail(path, "seed is " + bytes.length + " bytes, over the " + limitName() + " limit");
    }
    String bom = utfBom(bytes);
    if (bom != null) {
      throw fail(path, "seed is " + bom + "; save it as UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw fail(path, "binary file (NUL byte at offset " + i + "), not a text document");
      }
    }
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isUnderflow()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      throw fail(path, "invalid UTF-8 at byte offset " + offset + " (0x"
          + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF) + "); save the seed as UTF-8");
    }
    String text = out.flip().toString();
    if (text.isBlank() || TextLines.strip(text).isEmpty()) {
      throw fail(path, "seed is empty");
    }
    return text;
  }

  private String limitName() {
    return maxBytes % (1024 * 1024) == 0 ? (maxBytes / (1024 * 1024)) + " MiB" : maxBytes + " bytes";
  }

  private static String utfBom(byte[] b) {
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32BE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16LE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16BE";
    }
    return null;
  }

  private static EvidentException fail(String path, String message) {
    return EvidentException.data(path + ": error: " + message);
  }

}
