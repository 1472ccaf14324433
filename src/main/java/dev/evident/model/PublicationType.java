package dev.evident.model;

/** What kind of publication a seed is, as far as the seed itself says. */
public enum PublicationType {
  REVIEW, SYSTEMATIC_REVIEW, PRIMARY_RESEARCH, ARTICLE, WEB_QA, SUMMARY;

  public String wire() {
    return Names.wire(this);
  }
}
