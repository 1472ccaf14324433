package dev.evident.check;

/** The check fixtures, for tests in other packages. */
public final class CheckCliFixtures {
  private CheckCliFixtures() {}

  public static ReviewBuilder clean() {
    return LintRulesTest.clean();
  }

  public static ReviewBuilder conflicts() {
    return ReviewBuilder.conflicts();
  }
}
