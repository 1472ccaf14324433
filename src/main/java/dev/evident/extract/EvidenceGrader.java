package dev.evident.extract;

import dev.evident.ingest.Bibliography;
import dev.evident.ingest.BlockKind;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.PublicationType;
import java.util.regex.Pattern;

/** Grades a claim on the default evidence scheme from its block kind, source and citation. */
final class EvidenceGrader {
  private static final Pattern HUMAN = Pattern.compile(
      "(?<![\\p{L}])(?:patients?|human|humans|biops(?:y|ies)|clinical samples?|tissue samples?|"
          + "cohorts?|participants?|subjects?|donors?)(?![\\p{L}])");

  Evidence grade(Bibliography bib, BlockKind kind, String quote) {
    return grade(bib, kind, quote, false);
  }

  /**
   * Grades a claim; {@code ownFinding} says the authors report it as their own result ("We
   * show that"), which makes it a primary finding whatever the record says of the source.
   */
  Evidence grade(Bibliography bib, BlockKind kind, String quote, boolean ownFinding) {
    PublicationType type = bib.publicationType();
    Boolean peer = bib.peerReviewed();
    boolean cited = Text.hasCitation(quote);
    if (kind == BlockKind.ANSWER || type == PublicationType.WEB_QA) {
      return of(Design.UNREVIEWED_SUMMARY, "statement in a Q&A answer, not peer reviewed");
    }
    if (kind == BlockKind.SUMMARY || type == PublicationType.SUMMARY) {
      return of(Design.UNREVIEWED_SUMMARY,
          "statement in a generated summary (TL;DR, key findings), not the paper's own text");
    }
    if (Boolean.FALSE.equals(peer)) {
      return of(Design.UNREVIEWED_SUMMARY, "statement in a source that is not peer reviewed");
    }
    if (type == PublicationType.SYSTEMATIC_REVIEW && kind == BlockKind.ABSTRACT) {
      return of(Design.SYSTEMATIC_REVIEW, "statement in the abstract of a systematic review");
    }
    if (cited && !ownFinding) {
      return of(Design.REVIEW_CITED, "statement traceable to a reference cited in the sentence");
    }
    if (type == PublicationType.PRIMARY_RESEARCH || ownFinding) {
      return HUMAN.matcher(Text.lower(quote)).find()
          ? of(Design.PRIMARY_HUMAN, "finding of a primary study on human samples or patients")
          : of(Design.PRIMARY_MODEL, "finding of a primary study in a model system");
    }
    if (peer == null) {
      return of(Design.UNREVIEWED_SUMMARY,
          "statement without a citation in a source whose peer review is not stated");
    }
    String where = kind == BlockKind.ABSTRACT ? "an abstract" : "the body";
    String what = type == PublicationType.REVIEW || type == PublicationType.SYSTEMATIC_REVIEW
        ? "a peer-reviewed review" : "a peer-reviewed article";
    return of(Design.REVIEW_UNCITED,
        "statement in " + where + " of " + what + " without a traceable citation");
  }

  private static Evidence of(Design d, String basis) {
    return new Evidence(d.level(), d, d.eco(), basis, null);
  }
}
