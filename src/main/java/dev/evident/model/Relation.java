package dev.evident.model;

/**
 * The controlled vocabulary of mechanism relations, each with the direction it implies.
 * Wire names are lower-case and hyphenated ({@code is-required-for}).
 */
public enum Relation {
  CAUSES(Direction.INCREASES),
  DRIVES(Direction.INCREASES),
  INDUCES(Direction.INCREASES),
  PROMOTES(Direction.INCREASES),
  ENABLES(Direction.INCREASES),
  FACILITATES(Direction.INCREASES),
  ENHANCES(Direction.INCREASES),
  ACTIVATES(Direction.INCREASES),
  INCREASES(Direction.INCREASES),
  CONTRIBUTES_TO(Direction.INCREASES),
  IS_REQUIRED_FOR(Direction.INCREASES),
  MEDIATES(Direction.REGULATES),
  REGULATES(Direction.REGULATES),
  MODULATES(Direction.REGULATES),
  INFLUENCES(Direction.REGULATES),
  AFFECTS(Direction.REGULATES),
  PLAYS_ROLE_IN(Direction.REGULATES),
  INHIBITS(Direction.DECREASES),
  SUPPRESSES(Direction.DECREASES),
  REDUCES(Direction.DECREASES),
  PREVENTS(Direction.DECREASES),
  DESTROYS(Direction.DECREASES),
  ASSOCIATED_WITH(Direction.ASSOCIATED);

  private final Direction direction;

  Relation(Direction direction) {
    this.direction = direction;
  }

  /** The direction a relation asserts when it is not negated. */
  public Direction direction() {
    return direction;
  }

  public String wire() {
    return Names.wire(this);
  }
}
