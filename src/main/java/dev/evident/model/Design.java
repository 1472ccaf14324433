package dev.evident.model;

/**
 * The default evidence scheme: an ordinal level (lower is stronger), the study design it stands
 * for, and the Evidence and Conclusion Ontology code that reviewers map to.
 */
public enum Design {
  SYSTEMATIC_REVIEW(1, null, "systematic review or meta-analysis of mechanistic studies"),
  PRIMARY_HUMAN(2, "ECO:0000269", "primary experimental study on human samples or patients"),
  PRIMARY_MODEL(3, "ECO:0000269", "primary study in an animal model or in vitro"),
  REVIEW_CITED(4, "ECO:0000304", "review statement traceable to a cited reference in that sentence"),
  REVIEW_UNCITED(5, "ECO:0000303", "peer-reviewed review or article statement with no traceable citation"),
  UNREVIEWED_SUMMARY(6, "ECO:0000303", "Q&A or explainer page, generated summary, other unreviewed text");

  public static final int STRONGEST = 1;
  public static final int WEAKEST = 6;

  private final int level;
  private final String eco;
  private final String meaning;

  Design(int level, String eco, String meaning) {
    this.level = level;
    this.eco = eco;
    this.meaning = meaning;
  }

  public int level() {
    return level;
  }

  /** The ECO code, or null where the scheme names none. */
  public String eco() {
    return eco;
  }

  public String meaning() {
    return meaning;
  }

  public String wire() {
    return Names.wire(this);
  }

  /** The design of a level in the default scheme. */
  public static Design ofLevel(int level) {
    for (Design d : values()) {
      if (d.level == level) {
        return d;
      }
    }
    throw new IllegalArgumentException("no evidence level " + level + " (levels are 1 to 6)");
  }
}
