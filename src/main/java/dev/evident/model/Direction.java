package dev.evident.model;

/** Which way an agent moves its target. */
public enum Direction {
  INCREASES, DECREASES, REGULATES, ASSOCIATED;

  public String wire() {
    return Names.wire(this);
  }

  /** True when the two directions assert opposite effects. */
  public boolean opposes(Direction other) {
    return (this == INCREASES && other == DECREASES) || (this == DECREASES && other == INCREASES);
  }
}
