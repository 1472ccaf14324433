package dev.evident.store;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.ProblemCodes;
import dev.evident.model.Severity;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 decoding of claim, source and settings files: a UTF-8 BOM is dropped (so lines
 * and columns are those of the text without it), UTF-16 and UTF-32 are refused by name, NUL
 * bytes as binary, and malformed UTF-8 with its byte offset instead of a silent U+FFFD.
 */
final class TextFiles {
  private TextFiles() {}

  static String decode(String path, byte[] bytes) {
    String other = otherEncoding(bytes);
    if (other != null) {
      throw refuse(path, "file is " + other + "; evident reads UTF-8 only");
    }
    // Nearly every claim file is ASCII: with no byte at or above 0x80 and no NUL, the strict
    // decoding below gives exactly the Latin-1 reading of the bytes, which is a plain copy.
    boolean ascii = true;
    for (byte b : bytes) {
      if (b <= 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
    int off = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      off = 3;
    }
    for (int i = off; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw refuse(path, "binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = dec.decode(in, out, true);
    if (r.isUnderflow()) {
      r = dec.flush(out);
    }
    if (r.isError()) {
      // in.position() is absolute (the buffer wraps the whole array), so the BOM is counted
      int at = in.position();
      throw refuse(path, "invalid UTF-8 at byte offset " + at + " (0x"
          + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + ")");
    }
    return out.flip().toString();
  }

  /** The name of a UTF-16/32 encoding the bytes are evidently in, by BOM or NUL pattern. */
  static String otherEncoding(byte[] b) {
    if (b.length >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
      return "UTF-32BE";
    }
    if (b.length >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
      return "UTF-16LE";
    }
    if (b.length >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
      return "UTF-16BE";
    }
    // without a BOM: ASCII text in UTF-32 or UTF-16 has NULs in fixed places
    if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-32BE";
    }
    if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
      return "UTF-16LE";
    }
    if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
      return "UTF-16BE";
    }
    return null;
  }

  private static int u(byte b) {
    return b & 0xFF;
  }

  private static EvidentException refuse(String path, String message) {
    return EvidentException.data(new Diagnostic(path, 0, 0, Severity.ERROR,
        ProblemCodes.INVALID_YAML, message, null));
  }
}
