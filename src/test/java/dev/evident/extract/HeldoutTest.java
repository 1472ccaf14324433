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

/**
 * Scores the extractor on held-out documents about other diseases and in other shapes, labelled
 * by hand before any rule was tuned on them.
 */
class HeldoutTest {
  private static final Path DIR = Path.of("src/test/resources/extract/heldout");
  private static final String[][] DOCS = {
      {"100_fibrosis.txt", "REVIEW"},
      {"101_alzheimer_qa.md", "WEB_QA"},
      {"102_diabetes.txt", "ARTICLE"}};

  @Test
  void heldoutPrecisionAndRecall() throws IOException {
    Extractor extractor = new Extractor(Vocabulary.defaults());
    int claims = 0;
    int claimsOk = 0;
    int mech = 0;
    int mechOk = 0;
    List<String> report = new ArrayList<>();
    for (String[] d : DOCS) {
      Document doc = TestDocs.load(DIR.resolve(d[0]), PublicationType.valueOf(d[1]), null);
      String stem = d[0].substring(0, d[0].lastIndexOf('.'));
      TestDocs.Score s = TestDocs.score(extractor.extract(doc),
          TestDocs.gold(DIR.resolve(stem + ".yaml")));
      claims += s.claims();
      claimsOk += s.claimsMatched();
      mech += s.mechanisms();
      mechOk += s.mechanismsMatched();
      report.add(String.format(Locale.ROOT, "%s claims=%d P=%.3f R=%.3f (%d/%d)", d[0],
          s.claims(), s.precision(), s.recall(), s.mechanismsMatched(), s.mechanisms()));
      s.falsePositives().forEach(f -> report.add("  FP: " + f));
      s.misses().forEach(f -> report.add("  MISS: " + f));
    }
    double p = claims == 0 ? 0 : (double) claimsOk / claims;
    double r = mech == 0 ? 0 : (double) mechOk / mech;
    report.add(String.format(Locale.ROOT, "HELDOUT overall claims=%d P=%.3f R=%.3f (%d/%d)",
        claims, p, r, mechOk, mech));
    report.forEach(System.out::println);
    assertTrue(mech == 19, "held-out labels should hold 19 mechanisms: " + mech);
    assertTrue(p >= 0.80, "precision " + p);
    assertTrue(r >= 0.80, "recall " + r);
  }
}
