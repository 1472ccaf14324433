package dev.evident.model;

/** A curator's override of the computed evidence level, with the reason and who made it. */
public record LevelOverride(int level, String reason, String by) {
  public LevelOverride {
    if (level < Design.STRONGEST || level > Design.WEAKEST) {
      throw new IllegalArgumentException("evidence level must be 1 to 6, not " + level);
    }
    Checks.required(reason, "evidence.override.reason");
  }
}
