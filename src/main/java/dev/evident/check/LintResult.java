package dev.evident.check;

import dev.evident.model.Diagnostic;
import dev.evident.model.Severity;
import java.util.List;

/**
 * The findings of one lint run, sorted by {@link Diagnostic#ORDER}, each with a rule code and
 * the severity in force; {@code unreadable} is true when some file could not be read at all.
 */
public record LintResult(List<Diagnostic> findings, int files, boolean unreadable) {
  public LintResult {
    findings = List.copyOf(findings);
  }

  public long count(Severity s) {
    return findings.stream().filter(d -> d.severity() == s).count();
  }

  /** True when the run should fail: errors, or with {@code strict} also warnings. */
  public boolean fails(boolean strict) {
    return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
  }
}
