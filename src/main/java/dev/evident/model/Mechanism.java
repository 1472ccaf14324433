package dev.evident.model;

import java.util.Objects;

/**
 * The triple a claim asserts: subject, relation, object; the direction the relation implies
 * (reversed when negated), and whether the sentence hedges ("may", "can") or negates it.
 */
public record Mechanism(
    String subject, Relation relation, String object, Direction direction, boolean hedged,
    boolean negated) {
  public Mechanism {
    Checks.required(subject, "mechanism.subject");
    Objects.requireNonNull(relation, "mechanism.relation");
    Checks.required(object, "mechanism.object");
    Objects.requireNonNull(direction, "mechanism.direction");
  }

  public Mechanism withSubject(String s) {
    return new Mechanism(s, relation, object, direction, hedged, negated);
  }

  public Mechanism withObject(String o) {
    return new Mechanism(subject, relation, o, direction, hedged, negated);
  }

  /** A new relation also resets the direction to what that relation implies. */
  public Mechanism withRelation(Relation r) {
    Direction d = negated ? opposite(r.direction()) : r.direction();
    return new Mechanism(subject, r, object, d, hedged, negated);
  }

  /** The direction that a negated relation asserts. */
  public static Direction opposite(Direction d) {
    return switch (d) {
      case INCREASES -> Direction.DECREASES;
      case DECREASES -> Direction.INCREASES;
      default -> d;
    };
  }
}
