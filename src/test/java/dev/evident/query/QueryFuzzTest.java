package dev.evident.query;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evident.model.EvidentException;
import dev.evident.store.Fixtures;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the --where parser. In a plain {@code mvn test} it runs its regression inputs
 * (src/test/resources/dev/evident/query/QueryFuzzTestInputs/); with {@code JAZZER_FUZZ=1} it
 * fuzzes (docs/fuzzing.md).
 */
class QueryFuzzTest {
  /**
   * Whatever the expression, parsing fails only as a USAGE error with a diagnostic, and a
   * parsed query tests a claim without throwing (no stack overflow, no runtime exception).
   */
  @FuzzTest(maxDuration = "3m")
  void parseFailsOnlyAsUsageAndTestsNeverThrow(byte[] bytes) {
    // "~" compiles the user's own regular expression, by design (docs/query.md); Jazzer's
    // regex-injection sanitizer would report exactly that, so the target reads it as "="
    String expression = new String(bytes, StandardCharsets.UTF_8).replace('~', '=');
    Query q;
    try {
      q = Query.parse(expression);
    } catch (EvidentException e) {
      if (e.kind() != EvidentException.Kind.USAGE || e.diagnostics().isEmpty()
          && !e.getMessage().startsWith("--where: error:")) {
        throw new AssertionError("a bad expression must be a USAGE error", e);
      }
      return;
    }
    q.test(Fixtures.curated(), null);
    q.test(Fixtures.claim("a-1", "S."), null);
  }
}
