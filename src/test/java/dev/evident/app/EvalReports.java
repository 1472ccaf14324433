package dev.evident.app;

import java.util.Locale;

/** A short text of an evaluation for test output. */
final class EvalReports {
  private EvalReports() {}

  static String summary(String title, EvalService.Report r) {
    StringBuilder s = new StringBuilder(title).append('\n');
    for (EvalService.DocResult d : r.documents()) {
      GoldScore.Counts c = d.counts();
      s.append(String.format(Locale.ROOT,
          "  %-40s claims %3d  matched %3d  mechanisms %3d  recalled %3d  triples %d/%d%n",
          d.document(), c.claims(), c.matchedClaims(), c.mechanisms(), c.recalled(),
          c.triplesRight(), c.triples()));
    }
    GoldScore.Counts t = r.total();
    s.append(String.format(Locale.ROOT,
        "  precision %.3f (%d/%d)  recall %.3f (%d/%d)  triples right %.3f (%d/%d)%n",
        t.precision(), t.matchedClaims(), t.claims(), t.recall(), t.recalled(), t.mechanisms(),
        t.tripleAccuracy(), t.triplesRight(), t.triples()));
    t.falsePositives().forEach(fp -> s.append("  false positive: ").append(fp).append('\n'));
    t.missed().forEach(m -> s.append("  missed: ").append(m).append('\n'));
    t.wrongTriples().forEach(m -> s.append("  wrong triple: ").append(m).append('\n'));
    return s.toString();
  }
}
