package dev.evident.store;

import dev.evident.model.Claim;
import dev.evident.model.Decision;
import dev.evident.model.Design;
import dev.evident.model.Evidence;
import dev.evident.model.Exemption;
import dev.evident.model.LevelOverride;
import dev.evident.model.Link;
import dev.evident.model.LinkRelation;
import dev.evident.model.Locator;
import dev.evident.model.Mechanism;
import dev.evident.model.Relation;
import dev.evident.model.Status;
import java.util.List;

/** Claims for store tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The tag vocabulary of the project's own review (claims/evident.yaml, its "tags:" block):
   * fixtures that tag claims "emt" or "ecm" declare it, as a review on that topic would.
   */
  public static String vocabularyYaml() {
    try {
      String all = java.nio.file.Files.readString(java.nio.file.Path.of("claims", "evident.yaml"));
      int from = all.indexOf("tags:");
      int to = all.indexOf("\nevidence:");
      return all.substring(from, to + 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes the project's review settings (its vocabulary) into a test review's claims/. */
  public static void declareVocabulary(java.nio.file.Path review) {
    try {
      java.nio.file.Files.createDirectories(review.resolve("claims"));
      java.nio.file.Files.copy(java.nio.file.Path.of("claims", "evident.yaml"),
          review.resolve("claims").resolve("evident.yaml"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static Claim claim(String id, String statement) {
    return Claim.extracted(id, "chen-2025-breast", statement,
        "Hypoxia in the tumor promotes angiogenesis [4].",
        new Locator("Abstract", 10, 58, 3, 1),
        new Mechanism("hypoxia", Relation.PROMOTES, "angiogenesis",
            Relation.PROMOTES.direction(), false, false),
        new Evidence(4, Design.REVIEW_CITED, "ECO:0000304",
            "review statement with its own citation", null),
        List.of("angiogenesis", "microenvironment"));
  }

  public static Claim curated() {
    return claim("chen-2025-breast-4f2a9c", "Hypoxia promotes angiogenesis.").toBuilder()
        .status(Status.REJECTED)
        .decision(new Decision("Ada Lovelace", "duplicate of: another claim"))
        .evidence(new Evidence(4, Design.REVIEW_CITED, "ECO:0000304", "cited",
            new LevelOverride(5, "citation is to a review", "Ada")))
        .links(List.of(new Link(LinkRelation.CONTRADICTS, "feng-2025-brain-00aa11",
            "different model systems")))
        .note("yes")
        .edited(List.of("statement"))
        .exempt(List.of(new Exemption("E010", "quote checked by hand")))
        .build();
  }
}
