package dev.evident.model;

import java.util.Objects;

/** A curated relation from one claim to another, with an optional note. */
public record Link(LinkRelation relation, String claim, String note) {
  public Link {
    Objects.requireNonNull(relation, "link.relation");
    Checks.required(claim, "link.claim");
  }
}
