package dev.evident.ingest;

import dev.evident.model.Entity;
import dev.evident.model.PublicationType;
import java.util.List;

/**
 * The bibliographic facts a seed states about itself. A fact the seed does not state is null
 * (or an empty list): never guessed.
 */
public record Bibliography(
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
    List<Entity> entities) {
  public Bibliography {
    authors = authors == null ? List.of() : List.copyOf(authors);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }
}
