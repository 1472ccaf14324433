package dev.evident.diff;

import java.util.Locale;

/**
 * The kinds of change a reviewer scans for; the summary counts claims per category, and a
 * modified claim counts once in each category its changes fall into.
 */
public enum Category {
  ADDED("added", "Added"),
  REMOVED("removed", "Removed"),
  MOVED("moved", "Moved to another file"),
  REWORDED("re-worded", "Re-worded"),
  TRIPLE("triple changed", "Triple changed"),
  RETAGGED("re-tagged", "Re-tagged"),
  RELEVELLED("re-levelled", "Re-levelled"),
  ACCEPTED("accepted", "Accepted"),
  REJECTED("rejected", "Rejected"),
  STATUS("status changed", "Status changed"),
  LINKS("links changed", "Links changed"),
  NOTE("note changed", "Note changed"),
  OTHER("other fields changed", "Other fields changed");

  private final String phrase;
  private final String heading;

  Category(String phrase, String heading) {
    this.phrase = phrase;
    this.heading = heading;
  }

  /** As it reads in a summary line: "3 re-worded". */
  public String phrase() {
    return phrase;
  }

  /** As a section heading. */
  public String heading() {
    return heading;
  }

  /** The stable name in JSON: the constant's name in lower case. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
