package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Mechanism;

/**
 * Folds a freshly extracted claim into the curated claim of the same id: what parse computes
 * (quote, locator, evidence level and basis, and the statement and triple unless a curator
 * edited them) is refreshed; what curators own (tags, status, decision, level override, links,
 * note, edits, exemptions) is kept.
 */
public final class Merge {
  private Merge() {}

  public static Claim merge(Claim curated, Claim fresh) {
    Mechanism m = fresh.mechanism();
    Mechanism old = curated.mechanism();
    if (curated.edited().contains("subject")) {
      m = m.withSubject(old.subject());
    }
    if (curated.edited().contains("object")) {
      m = m.withObject(old.object());
    }
    if (curated.edited().contains("relation")) {
      m = m.withRelation(old.relation());
    }
    String statement = curated.edited().contains("statement")
        ? curated.statement() : fresh.statement();
    return curated.toBuilder()
        .source(fresh.source())
        .quote(fresh.quote())
        .locator(fresh.locator())
        .statement(statement)
        .mechanism(m)
        .evidence(fresh.evidence().withOverride(curated.evidence().override()))
        .build();
  }
}
