package dev.evident.model;

import java.util.Objects;

/**
 * The computed evidence level of a claim with its design, ECO code and the reason it was given;
 * a curator's override, when present, is kept beside it rather than replacing it.
 */
public record Evidence(int level, Design design, String eco, String basis, LevelOverride override) {
  public Evidence {
    if (level < Design.STRONGEST || level > Design.WEAKEST) {
      throw new IllegalArgumentException("evidence level must be 1 to 6, not " + level);
    }
    Objects.requireNonNull(design, "evidence.design");
    Checks.required(basis, "evidence.basis");
  }

  /** The level that counts: the override where one exists, else the computed level. */
  public int effectiveLevel() {
    return override == null ? level : override.level();
  }

  public Evidence withOverride(LevelOverride o) {
    return new Evidence(level, design, eco, basis, o);
  }
}
