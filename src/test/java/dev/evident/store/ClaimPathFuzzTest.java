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

  @FuzzTest(maxDuration = "3m")
  void validIdsStayInsideClaimsAndNeverCollide(FuzzedDataProvider d) {
    String s1 = d.consumeString(90);
    String c1 = d.consumeString(90);
    String s2 = d.consumeString(90);
    String c2 = d.consumeRemainingAsString();
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
