package dev.evident.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evident.ingest.Document;
import dev.evident.model.PublicationType;
import dev.evident.model.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Scores the extractor against the gold labels of the five seeds (development set). */
class GoldDevTest {
  private static final String[][] SEEDS = {
      {"000_dd130d9692cbe8c3", "REVIEW"},
      {"001_6bbb3427277500da", "REVIEW"},
      {"002_822b05bb69c45475", "REVIEW"},
      {"003_b87220b769523c1d", "ARTICLE"},
      {"004_9db4160c34acba80", "WEB_QA"}};

  @Test
  void goldPrecisionAndRecall() throws IOException {
    Extractor extractor = new Extractor(Vocabulary.defaults());
    int claims = 0;
    int claimsOk = 0;
    int mech = 0;
    int mechOk = 0;
    List<String> report = new ArrayList<>();
    for (String[] seed : SEEDS) {
      Document doc = TestDocs.load(Path.of("seeds", seed[0] + ".txt"),
          PublicationType.valueOf(seed[1]), null);
      List<TestDocs.Gold> gold = TestDocs.gold(
          Path.of("src/test/resources/gold", seed[0] + ".yaml"));
      TestDocs.Score s = TestDocs.score(extractor.extract(doc), gold);
      claims += s.claims();
      claimsOk += s.claimsMatched();
      mech += s.mechanisms();
      mechOk += s.mechanismsMatched();
      report.add(String.format(Locale.ROOT, "%s claims=%d P=%.3f R=%.3f (%d/%d)", seed[0],
          s.claims(), s.precision(), s.recall(), s.mechanismsMatched(), s.mechanisms()));
      s.falsePositives().forEach(f -> report.add("  FP: " + f));
      s.misses().forEach(f -> report.add("  MISS: " + f));
    }
    double p = claims == 0 ? 0 : (double) claimsOk / claims;
    double r = mech == 0 ? 0 : (double) mechOk / mech;
    report.add(String.format(Locale.ROOT, "GOLD overall claims=%d P=%.3f R=%.3f (%d/%d)", claims,
        p, r, mechOk, mech));
    report.forEach(System.out::println);
    assertTrue(mech == 42, "gold should hold 42 mechanism sentences, found " + mech);
    assertTrue(p >= 0.90, "precision " + p);
    assertTrue(r >= 0.90, "recall " + r);
  }
}
