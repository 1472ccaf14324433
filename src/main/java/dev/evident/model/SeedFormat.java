package dev.evident.model;

/** The shape of a seed document, detected from its content. */
public enum SeedFormat {
  /** A PubMed abstract page saved as text. */
  PUBMED_PAGE,
  /** A Markdown paper summary: TL;DR, key findings, abstract, linked entities. */
  PAPER_SUMMARY,
  /** A journal landing page: title, authors, abstract, then a long reference table. */
  JOURNAL_PAGE,
  /** A plain-text article with hard line wraps and [n] citations. */
  PLAIN_ARTICLE,
  /** YAML front matter holding a question and its answer. */
  FRONT_MATTER_QA,
  /** A saved web page or an XML article (HTML, JATS), read with its markup masked. */
  MARKUP,
  /** MediaWiki wikitext, read with templates, references and link targets masked. */
  WIKITEXT,
  /** Any other Markdown. */
  MARKDOWN,
  /** Any other text. */
  PLAIN_TEXT;

  public String wire() {
    return Names.wire(this);
  }
}
