package dev.evident.model;

/** How a curator relates one claim to another. */
public enum LinkRelation {
  SUPPORTS, CONTRADICTS, REFINES, DUPLICATES, SUPERSEDES;

  public String wire() {
    return Names.wire(this);
  }
}
