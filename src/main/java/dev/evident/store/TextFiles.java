package dev.evident.store;

import dev.evident.model.Diagnostic;
import dev.evident.model.EvidentException;
import dev.evident.model.ProblemCodes;
import dev.evident.model.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding of YAML files: BOM dropped, other encodings and bad bytes refused. */
final class TextFiles {
  private TextFiles() {}

  static String decode(String path, byte[] bytes) {
    int off = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      off = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw EvidentException.data(new Diagnostic(path, 0, 0, Severity.ERROR, ProblemCodes.INVALID_YAML,
          "file is UTF-16 or UTF-32; evident reads UTF-8 only", null));
    }
    for (int i = off; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw EvidentException.data(new Diagnostic(path, 0, 0, Severity.ERROR, ProblemCodes.INVALID_YAML,
            "binary file (NUL byte at offset " + i + ")", null));
      }
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
    try {
      return dec.decode(in).toString();
    } catch (MalformedInputException e) {
      throw EvidentException.data(new Diagnostic(path, 0, 0, Severity.ERROR, ProblemCodes.INVALID_YAML,
          "invalid UTF-8 at byte offset " + in.position(), null));
    } catch (CharacterCodingException e) {
      throw EvidentException.data(new Diagnostic(path, 0, 0, Severity.ERROR, ProblemCodes.INVALID_YAML,
          "invalid UTF-8", null));
    }
  }
}
