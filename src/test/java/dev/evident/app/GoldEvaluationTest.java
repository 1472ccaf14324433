package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the whole pipeline on the gold development set (the seeds), scored
 * by the scorer `evident eval` uses. Prints the figures; fails under 0.95, the seeds' target.
 */
class GoldEvaluationTest {
  @Test
  void precisionAndRecallOnTheSeedsAreAtLeastNinetyFivePercent() {
    EvalService.Report r = new EvalService(Path.of("")).run(List.of("src/test/resources/gold"));
    String report = EvalReports.summary("gold evaluation (the seeds)", r);
    System.out.print(report);
    assertTrue(r.documents().size() == 5, report);
    assertTrue(r.total().precision() >= 0.95, report);
    assertTrue(r.total().recall() >= 0.95, report);
  }
}
