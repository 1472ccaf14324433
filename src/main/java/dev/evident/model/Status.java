package dev.evident.model;

/** Where a claim stands in the review. */
public enum Status {
  EXTRACTED, ACCEPTED, REJECTED, NEEDS_REVISION;

  public String wire() {
    return Names.wire(this);
  }
}
