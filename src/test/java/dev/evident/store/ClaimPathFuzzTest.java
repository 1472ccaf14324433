package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evident.model.Ids;
import java.nio.file.Path;
import java.util.Locale;

/** Ids that pass {@link Ids#isValid} map to files inside claims/ and never to the same file. */
class ClaimPathFuzzTest {
  private static final Path ROOT = Path.of("/review").toAbsolutePath();

  /** Strings over an alphabet mixing id characters with separators, dots, case and accents. */
  private static String id(FuzzedDataProvider d) {
    int n = d.consumeInt(0, 90);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n && d.remainingBytes() > 0; i++) {
      sb.append(d.pickValue(ALPHABET));
    }
    return sb.toString();
  }

  private static final Character[] ALPHABET = {'a', 'b', 'c', 'x', 'z', '0', '1', '9', '-', '-',
      '.', '/', '\\', ':', 'A', 'C', ' ', '_', '\u00e9', '\u0301', '\u0000', '\u001b', '\u202e'};

  @FuzzTest(maxDuration = "3m")
  void validIdsStayInsideClaimsAndNeverCollide(FuzzedDataProvider d) {
    String s1 = id(d);
    String c1 = id(d);
    String s2 = id(d);
    String c2 = id(d);
    if (!Ids.isValid(s1) || !Ids.isValid(c1)) {
      return;
    }
    Path claims = ROOT.resolve("claims");
    String rel = ClaimSet.claimPath(s1, c1);
    Path p = ClaimSet.resolve(ROOT, rel).normalize();
    assertTrue(p.startsWith(claims.resolve(s1)), rel);
    assertEquals(claims.resolve(s1), p.getParent(), rel);
    assertEquals(rel, rel.toLowerCase(Locale.ROOT), "a case-insensitive file system would "
        + "fold " + rel);
    assertNotEquals(ClaimSet.sourcePath(s1), rel);
    if (Ids.isValid(s2) && Ids.isValid(c2) && !(s1.equals(s2) && c1.equals(c2))) {
      String other = ClaimSet.claimPath(s2, c2);
      assertNotEquals(rel.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT));
      assertNotEquals(ClaimSet.sourcePath(s2), rel);
    }
  }
}
