package dev.evident.model;

/** One row of a review's evidence scheme: a level, the design it stands for, ECO code, meaning. */
public record LevelDefinition(int level, String design, String eco, String meaning) {
  public LevelDefinition {
    if (level < Design.STRONGEST || level > Design.WEAKEST) {
      throw new IllegalArgumentException("evidence level must be 1 to 6, not " + level);
    }
    Checks.required(design, "design");
    meaning = meaning == null ? "" : meaning;
  }
}
