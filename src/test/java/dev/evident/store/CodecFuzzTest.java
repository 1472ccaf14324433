package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.EvidentException;
import dev.evident.model.Exemption;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets for the claim-file reader and writer. In a plain {@code mvn test} each runs its
 * regression inputs (src/test/resources/dev/evident/store/CodecFuzzTestInputs/); with
 * {@code JAZZER_FUZZ=1} it fuzzes (see docs/fuzzing.md).
 */
class CodecFuzzTest {

  /** Whatever the bytes, reading a claim, source or settings file fails only as DATA. */
  @FuzzTest(maxDuration = "3m")
  void readersThrowOnlyEvidentException(byte[] bytes) {
    String text;
    try {
      text = TextFiles.decode("f.yaml", bytes);
    } catch (EvidentException e) {
      return;
    }
    readQuietly(() -> Codec.readClaim("c.yaml", text));
    readQuietly(() -> Codec.readSource("source.yaml", text));
    readQuietly(() -> Codec.readSettings("evident.yaml", text));
  }

  private static void readQuietly(Runnable r) {
    try {
      r.run();
    } catch (EvidentException e) {
      if (e.kind() != EvidentException.Kind.DATA || e.diagnostics().isEmpty()) {
        throw new AssertionError("a bad file must be a DATA error with a diagnostic", e);
      }
    }
  }

  /** Any claim the model accepts is written so that write, read, write gives the same bytes. */
  @FuzzTest(maxDuration = "3m")
  void writeReadWriteGivesTheSameBytes(FuzzedDataProvider d) {
    Claim c;
    try {
      c = claim(d);
    } catch (IllegalArgumentException | NullPointerException e) {
      return;  // the model refused it: not a claim the writer can be given
    }
    String once = Codec.write(c);
    byte[] bytes = once.getBytes(StandardCharsets.UTF_8);
    Claim back = Codec.readClaim("c.yaml", TextFiles.decode("c.yaml", bytes));
    assertEquals(c, back, once);
    assertEquals(once, Codec.write(back));
  }

  private static String text(FuzzedDataProvider d, int max) {
    // drop lone surrogates: they cannot be stored in a UTF-8 file at all
    String s = d.consumeString(max);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(ch).append(s.charAt(++i));
      } else if (!Character.isSurrogate(ch)) {
        out.append(ch);
      }
    }
    return out.toString();
  }

  static Claim claim(FuzzedDataProvider d) {
    Relation rel = d.pickValue(Relation.values());
    Mechanism m = new Mechanism(text(d, 40), rel, text(d, 40), d.pickValue(
        dev.evident.model.Direction.values()), d.consumeBoolean(), d.consumeBoolean());
    LevelOverride o = d.consumeBoolean() ? new LevelOverride(d.consumeInt(1, 6), text(d, 30),
        text(d, 20)) : null;
    Evidence ev = new Evidence(d.consumeInt(1, 6), d.pickValue(Design.values()), text(d, 20),
        text(d, 40), o);
    List<String> tags = new ArrayList<>();
    for (int i = d.consumeInt(0, 3); i > 0; i--) {
      tags.add(text(d, 15));
    }
    List<Link> links = new ArrayList<>();
    for (int i = d.consumeInt(0, 2); i > 0; i--) {
      links.add(new Link(d.pickValue(LinkRelation.values()), text(d, 20), text(d, 20)));
    }
    List<Exemption> ex = new ArrayList<>();
    for (int i = d.consumeInt(0, 2); i > 0; i--) {
      ex.add(new Exemption(text(d, 8), text(d, 20)));
    }
    Decision dec = d.consumeBoolean() ? new Decision(text(d, 20), text(d, 30)) : null;
    List<String> edited = d.consumeBoolean() ? List.of("statement") : List.of();
    return new Claim(text(d, 30), text(d, 30), text(d, 200), text(d, 300),
        new Locator(text(d, 30), d.consumeInt(0, 1 << 20), d.consumeInt(0, 1 << 20),
            d.consumeInt(1, 1 << 16), d.consumeInt(1, 1 << 10)),
        m, ev, tags, d.pickValue(Status.values()), dec, links, text(d, 100), edited, ex);
  }
}
