package dev.evident.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ClaimTree.isClaimsPath reads a path in place; it must keep the rule it had with split. */
class ClaimsPathRuleTest {
  private static boolean bySplit(String rel) {
    if (rel.equals(Repository.SETTINGS)) {
      return true;
    }
    String[] parts = rel.split("/", -1);
    return parts.length == 3 && parts[0].equals(Repository.CLAIMS)
        && !parts[1].isEmpty() && !parts[1].startsWith(".")
        && !parts[2].startsWith(".") && parts[2].endsWith(".yaml");
  }

  @Test
  void sameAnswerAsSplitting() {
    List<String> cases = new ArrayList<>(List.of("claims/evident.yaml", "claims/a/b.yaml",
        "claims/a/.b.yaml", "claims/.a/b.yaml", "claims//b.yaml", "claims/a/b.yml",
        "claims/a/b/c.yaml", "claims/a/.yaml", "claims/a/", "claims/a/yaml", "claimsx/a/b.yaml",
        "xclaims/a/b.yaml", "claims/a/b.yaml/", "/claims/a/b.yaml", "claims", "", "claims/a",
        "claims/a/source.yaml", "seeds/a/b.yaml", "claims/a b/ü.yaml"));
    Random rnd = new Random(9);
    String[] pieces = {"claims", "/", "a", ".", "yaml", "b", "evident", ".yaml", "x"};
    for (int i = 0; i < 100_000; i++) {
      // mostly three parts, each a few random pieces, so that both answers are common
      StringBuilder sb = new StringBuilder(rnd.nextInt(4) > 0 ? "claims/" : "");
      for (int part = 0; part < 2; part++) {
        for (int k = rnd.nextInt(3); k >= 0; k--) {
          sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        if (part == 0) {
          sb.append('/');
        }
      }
      if (rnd.nextBoolean()) {
        sb.append(".yaml");
      }
      cases.add(sb.toString());
    }
    int yes = 0;
    for (String c : cases) {
      assertEquals(bySplit(c), ClaimTree.isClaimsPath(c), c);
      yes += bySplit(c) ? 1 : 0;
    }
    assertTrue(yes > 100, "both answers occur: " + yes);
  }
}
