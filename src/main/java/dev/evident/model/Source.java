package dev.evident.model;

import java.util.List;
import java.util.Objects;

/**
 * The bibliographic record of one seed. Every field the seed does not state is null (or an empty
 * list); nothing is guessed.
 */
public record Source(
    String id,
    SeedRef seed,
    String title,
    List<String> authors,
    String journal,
    Integer year,
    String date,
    String doi,
    String pmid,
    String pmcid,
    String url,
    List<String> keywords,
    PublicationType publicationType,
    Boolean peerReviewed,
    List<Entity> entities,
    List<SourceEdit> edited) {

  public Source {
    Checks.required(id, "id");
    Objects.requireNonNull(seed, "seed");
    authors = Checks.list(authors);
    keywords = Checks.list(keywords);
    entities = Checks.list(entities);
    edited = Checks.list(edited);
  }

  /** A record nobody has corrected. */
  public Source(String id, SeedRef seed, String title, List<String> authors, String journal,
      Integer year, String date, String doi, String pmid, String pmcid, String url,
      List<String> keywords, PublicationType publicationType, Boolean peerReviewed,
      List<Entity> entities) {
    this(id, seed, title, authors, journal, year, date, doi, pmid, pmcid, url, keywords,
        publicationType, peerReviewed, entities, List.of());
  }

  /** The curator's edit of {@code field}, or null. */
  public SourceEdit edit(String field) {
    for (SourceEdit e : edited) {
      if (e.field().equals(field)) {
        return e;
      }
    }
    return null;
  }

  public Source withEdited(List<SourceEdit> edits) {
    return new Source(id, seed, title, authors, journal, year, date, doi, pmid, pmcid, url,
        keywords, publicationType, peerReviewed, entities, edits);
  }

  /** First author's family name, or null. Authors are stored as written ("Chen R", "Rui Chen"). */
  public String firstAuthor() {
    return authors.isEmpty() ? null : authors.get(0);
  }

  public Source withId(String newId) {
    return new Source(newId, seed, title, authors, journal, year, date, doi, pmid, pmcid, url,
        keywords, publicationType, peerReviewed, entities, edited);
  }

  public Source withSeed(SeedRef newSeed) {
    return new Source(id, newSeed, title, authors, journal, year, date, doi, pmid, pmcid, url,
        keywords, publicationType, peerReviewed, entities, edited);
  }
}
