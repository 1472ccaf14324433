package dev.evident.ingest;

/** What role a block of prose plays in its document; the evidence grader reads it. */
public enum BlockKind {
  /** The abstract of a paper. */
  ABSTRACT,
  /** Body text of an article or review. */
  BODY,
  /** A generated or editorial summary: TL;DR, contribution, key findings, page description. */
  SUMMARY,
  /** The answer of a Q&A page. */
  ANSWER
}
