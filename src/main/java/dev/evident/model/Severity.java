package dev.evident.model;

/** How much a finding matters. */
public enum Severity {
  ERROR, WARNING, INFO, OFF;

  public String wire() {
    return Names.wire(this);
  }
}
